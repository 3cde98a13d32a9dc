package th.wastebank.server.price;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import th.wastebank.material.MaterialCatalogue;
import th.wastebank.price.PriceSet;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;

/** Price rows a push writes, the price ids already taken, and the org's own material codes. */
public final class PriceBatch implements BatchState {
    private final Set<UUID> wanted = new HashSet<>();
    private final Set<UUID> taken = new HashSet<>();
    private Set<String> customCodes;
    private boolean customCodesWanted;
    private final List<Object[]> rows = new ArrayList<>();

    public static PriceBatch of(Batch batch) {
        return batch.state(PriceBatch.class, PriceBatch::new);
    }

    void wantId(UUID id) {
        wanted.add(id);
    }

    /** Asks for the org's own material codes to be loaded (only pushes that use one pay for it). */
    public void wantCustomCodes() {
        customCodesWanted = true;
    }

    boolean taken(UUID id) {
        return taken.contains(id);
    }

    /** True for a standard material or one this org has priced (before or earlier in this push). */
    public boolean knownMaterial(String code) {
        return MaterialCatalogue.isStandard(code) || (customCodes != null && customCodes.contains(code));
    }

    void add(Batch batch, UUID id, PriceSet price, long seq) {
        rows.add(new Object[] {Jdbc.bytes(id), batch.orgId(), price.materialCode(), price.pricePerKg(),
                price.effectiveFrom(), price.nameTh(), price.nameEn(), seq});
        taken.add(id);
        if (!MaterialCatalogue.isStandard(price.materialCode())) {
            if (customCodes == null) {
                customCodes = new HashSet<>();
            }
            customCodes.add(price.materialCode());
        }
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (!wanted.isEmpty()) {
            try (PreparedStatement ps = batch.connection().prepareStatement(
                    "SELECT id FROM price WHERE id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
                Jdbc.bindIds(ps, 1, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taken.add(Jdbc.uuid(rs.getBytes(1)));
                    }
                }
            }
        }
        if (customCodesWanted) {
            customCodes = new HashSet<>();
            try (PreparedStatement ps = batch.connection().prepareStatement(
                    "SELECT DISTINCT material_code FROM price WHERE org_id = ?")) {
                ps.setLong(1, batch.orgId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        customCodes.add(rs.getString(1));
                    }
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO price (id, org_id, material_code, price_per_kg, effective_from,"
                + " name_th, name_en, op_seq) VALUES (?,?,?,?,?,?,?,?)", rows);
    }
}
