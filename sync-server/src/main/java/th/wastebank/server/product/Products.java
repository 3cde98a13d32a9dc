package th.wastebank.server.product;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * Every read of the {@code product} table off the push path, always within one org: an org's
 * products for its page and a product's name for a review flag. The push path's {@link ProductBatch}
 * reads its products inside the push's transaction (ADR 0001).
 */
@Singleton
public class Products {
    private final Reads reads;

    public Products(Database database) {
        this.reads = database.reads();
    }

    /** {@code photos}: the product's photos as the page links them. */
    public record Product(UUID id, String name, String kind, @Nullable String materials, @Nullable String story,
                          @Nullable String producerGroup, @Nullable Long priceSatang, String status,
                          List<String> photos) {
    }

    /** The org's products by name; {@code photoList} turns the stored photo ids into what the page shows. */
    public List<Product> of(long orgId, Function<String, List<String>> photoList) {
        return reads.list("SELECT id, name, kind, materials, story, producer_group,"
                + " price_satang, status, photos FROM product WHERE org_id = ? ORDER BY name", rs -> {
            long price = rs.getLong(7);
            return new Product(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.wasNull() ? null : price, rs.getString(8),
                    photoList.apply(rs.getString(9)));
        }, orgId);
    }

    /** The photo ids a product row keeps (a JSON list of SHA-256s); none when the text is not such a list. */
    public static List<String> photoIds(JsonMapper json, @Nullable String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            Object parsed = json.readValue(stored, Argument.of(Object.class));
            return parsed instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The product's name on a connection a page already holds; none when not the org's. */
    public static Optional<String> name(Connection c, long orgId, UUID productId) throws SQLException {
        return Reads.one(c, "SELECT name FROM product WHERE id = ? AND org_id = ?", rs -> rs.getString(1), productId, orgId);
    }
}
