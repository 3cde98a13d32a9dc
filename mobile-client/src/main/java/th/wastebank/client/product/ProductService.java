package th.wastebank.client.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.store.TextList;
import th.wastebank.id.IdGenerator;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;
import th.wastebank.product.ProductUpsert;
import th.wastebank.validation.ReasonCode;

/**
 * Registers, edits and lists the อปท.'s upcycled products on the phone. Each change is written with
 * its {@code product.upsert} op in one transaction, after the same checks the server makes; an
 * edit is one version more than the one the phone knew, as for members.
 */
public final class ProductService {
    private static final String COLUMNS = "id, name, kind, materials, story, producer_group, price_satang, status,"
            + " photos, version, sync_state";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public ProductService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What the committee types for a product.
     *
     * @param kind   {@link ProductKind} name, null while not chosen
     * @param status {@link ProductStatus} name
     * @param photos SHA-256 of the photos already in the phone's photo queue
     */
    public record Draft(String name, String kind, String materials, String story, String producerGroup,
                        Long priceSatang, String status, List<String> photos) {
    }

    public Product register(Draft draft) {
        UUID id = ids.next();
        ProductUpsert upsert = toUpsert(draft, 1);
        return store.write(c -> {
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return toProduct(id, upsert, SyncState.PENDING);
        });
    }

    public Product edit(UUID id, Draft draft) {
        return store.write(c -> {
            Product current = find(c, id).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_PRODUCT, "productId"));
            ProductUpsert upsert = toUpsert(draft, current.version() + 1);
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return toProduct(id, upsert, SyncState.PENDING);
        });
    }

    public Optional<Product> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** Every product, by name. */
    public List<Product> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM product ORDER BY name, id")) {
                return list(ps);
            }
        });
    }

    private ProductUpsert toUpsert(Draft d, long version) {
        ProductUpsert upsert = new ProductUpsert(blankToNull(d.name()), d.kind(), blankToNull(d.materials()),
                blankToNull(d.story()), blankToNull(d.producerGroup()), d.priceSatang(), d.status(),
                d.photos() == null ? List.of() : d.photos().stream().distinct().toList(), version);
        Validation.require(upsert, clock.instant());
        return upsert;
    }

    /** Writes a product row as the given state (used for local edits and for pulled changes). */
    public static void save(Connection c, UUID id, ProductUpsert p, SyncState state, long updatedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (id, name, kind, materials, story,"
                + " producer_group, price_satang, status, photos, version, updated_at, sync_state)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                + " kind = excluded.kind, materials = excluded.materials, story = excluded.story,"
                + " producer_group = excluded.producer_group, price_satang = excluded.price_satang,"
                + " status = excluded.status, photos = excluded.photos, version = excluded.version,"
                + " updated_at = excluded.updated_at, sync_state = excluded.sync_state")) {
            ps.setString(1, id.toString());
            ps.setString(2, p.name());
            ps.setString(3, p.kind());
            ps.setString(4, p.materials());
            ps.setString(5, p.story());
            ps.setString(6, p.producerGroup());
            if (p.priceSatang() == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setLong(7, p.priceSatang());
            }
            ps.setString(8, p.status());
            ps.setString(9, TextList.toJson(p.photos()));
            ps.setLong(10, p.version());
            ps.setLong(11, updatedAt);
            ps.setString(12, state.name());
            ps.executeUpdate();
        }
    }

    public static Optional<Product> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM product WHERE id = ?")) {
            ps.setString(1, id.toString());
            List<Product> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Product> list(PreparedStatement ps) throws SQLException {
        List<Product> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long price = rs.getLong(7);
                Long priceSatang = rs.wasNull() ? null : price;
                out.add(new Product(UUID.fromString(rs.getString(1)), rs.getString(2),
                        ProductKind.parse(rs.getString(3)).orElse(null), rs.getString(4), rs.getString(5),
                        rs.getString(6), priceSatang, ProductStatus.parse(rs.getString(8)).orElse(null),
                        TextList.read(rs.getString(9)), rs.getLong(10), SyncState.valueOf(rs.getString(11))));
            }
        }
        return out;
    }

    private static Product toProduct(UUID id, ProductUpsert p, SyncState state) {
        return new Product(id, p.name(), ProductKind.parse(p.kind()).orElse(null), p.materials(), p.story(),
                p.producerGroup(), p.priceSatang(), ProductStatus.parse(p.status()).orElse(null), p.photos(),
                p.version(), state);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
