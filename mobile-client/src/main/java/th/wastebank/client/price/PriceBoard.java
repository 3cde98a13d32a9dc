package th.wastebank.client.price;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.material.Material;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.price.PriceSet;

/**
 * The bank's buying prices (ราคารับซื้อ): standard materials plus the bank's own, each with the
 * latest price effective on a day. Setting a price adds a dated row and queues {@code price.set}.
 */
public final class PriceBoard {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public PriceBoard(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** Every material, standard ones first, with its price on {@code day}. */
    public List<PriceRow> on(LocalDate day) {
        return store.read(c -> board(c, day));
    }

    public void set(String materialCode, long pricePerKg, LocalDate effectiveFrom, String nameTh) {
        PriceSet price = new PriceSet(materialCode, pricePerKg, effectiveFrom,
                MaterialCatalogue.isStandard(materialCode) ? null : nameTh, null);
        Validation.require(price, clock.instant());
        UUID id = ids.next();
        store.write(c -> {
            insert(c, id, price, clock.millis(), SyncState.PENDING);
            Outbox.add(c, ids.next(), id, price, clock.instant());
            return null;
        });
    }

    public static void insert(Connection c, UUID id, PriceSet p, long recordedAtMillis, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO price (id, material_code, price_per_kg,"
                + " effective_from, name_th, name_en, recorded_at, sync_state) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, p.materialCode());
            ps.setLong(3, p.pricePerKg());
            ps.setString(4, p.effectiveFrom().toString());
            ps.setString(5, p.nameTh());
            ps.setString(6, p.nameEn());
            ps.setLong(7, recordedAtMillis);
            ps.setString(8, state.name());
            ps.executeUpdate();
        }
    }

    /** The price board inside an open transaction (deposits price their lines with it). */
    public static List<PriceRow> board(Connection c, LocalDate day) throws SQLException {
        Map<String, PriceRow> rows = new LinkedHashMap<>();
        for (Material m : MaterialCatalogue.standard()) {
            rows.put(m.code(), new PriceRow(m.code(), m.nameTh(), m.nameEn(), null, null));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT material_code, price_per_kg, effective_from, name_th, name_en"
                + " FROM price WHERE effective_from <= ? ORDER BY material_code, effective_from, recorded_at")) {
            ps.setString(1, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    PriceRow known = rows.get(code);
                    String nameTh = known != null ? known.nameTh() : rs.getString(4);
                    String nameEn = known != null ? known.nameEn() : rs.getString(5);
                    rows.put(code, new PriceRow(code, nameTh == null ? code : nameTh, nameEn, rs.getLong(2),
                            LocalDate.parse(rs.getString(3))));
                }
            }
        }
        return new ArrayList<>(rows.values());
    }
}
