package th.wastebank.server.product;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.PayloadReader;
import th.wastebank.product.ProductUpsert;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/** Products a push reads (by id, whatever their org) and the product rows it writes. */
public final class ProductBatch implements BatchState {
    /** A product as stored: its org and current state. */
    public record Product(long orgId, ProductUpsert state) {
    }

    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, Product> known = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();

    public static ProductBatch of(Batch batch) {
        return batch.state(ProductBatch.class, ProductBatch::new);
    }

    public void want(UUID id) {
        if (id != null) {
            wanted.add(id);
        }
    }

    public Product find(UUID id) {
        return known.get(id);
    }

    public boolean inOrg(UUID id, long orgId) {
        Product p = known.get(id);
        return p != null && p.orgId() == orgId;
    }

    void insert(long orgId, UUID id, ProductUpsert p, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, p.name(), p.kind(), p.materials(), p.story(), p.producerGroup(),
                p.priceSatang(), p.status(), CanonicalJson.write(p.photos()), p.version(), seq});
        known.put(id, new Product(orgId, p));
    }

    void update(long orgId, UUID id, ProductUpsert p, long seq) {
        updates.add(new Object[] {p.name(), p.kind(), p.materials(), p.story(), p.producerGroup(), p.priceSatang(),
                p.status(), CanonicalJson.write(p.photos()), p.version(), seq, Jdbc.bytes(id)});
        known.put(id, new Product(orgId, p));
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.PRODUCTS;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, name, kind, materials, story,"
                + " producer_group, price_satang, status, photos, version FROM product WHERE id IN ("
                + Jdbc.placeholders(wanted.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long price = rs.getLong(8);
                    Long priceOrNull = rs.wasNull() ? null : price;
                    List<String> photos = PayloadReader.of(Map.of("p", batch.parseJson(rs.getString(10))))
                            .requiredStrings("p", 64);
                    known.put(Jdbc.uuid(rs.getBytes(1)), new Product(rs.getLong(2), new ProductUpsert(rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), priceOrNull,
                            rs.getString(9), photos, rs.getLong(11))));
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO product (id, org_id, name, kind, materials, story, producer_group,"
                + " price_satang, status, photos, version, updated_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(batch.connection(), "UPDATE product SET name = ?, kind = ?, materials = ?, story = ?,"
                + " producer_group = ?, price_satang = ?, status = ?, photos = ?, version = ?, updated_seq = ?"
                + " WHERE id = ?", updates);
    }
}
