package th.wastebank.server.sale;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.rollup.MaterialMonths;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * Buyers, sales and stock adjustments as one push sees them: the buyers its ops name (by id,
 * whatever their org), the stock in grams of the materials its sales take, and the rows it writes.
 */
final class SaleBatch implements BatchState {
    private final Set<UUID> wantedBuyers = new HashSet<>();
    private final Map<UUID, Long> buyerOrgs = new HashMap<>();
    private final Set<UUID> wantedIds = new HashSet<>();
    private final Set<UUID> takenIds = new HashSet<>();
    private final Set<String> wantedStock = new HashSet<>();
    private final Map<String, Long> storedStock = new HashMap<>();
    private final Map<String, Long> pendingStock = new HashMap<>();
    private final List<Object[]> buyerInserts = new ArrayList<>();
    private final List<Object[]> buyerUpdates = new ArrayList<>();
    private final List<Object[]> sales = new ArrayList<>();
    private final List<Object[]> lines = new ArrayList<>();
    private final List<Object[]> adjustments = new ArrayList<>();
    private final boolean checkNewIds;

    private SaleBatch(boolean checkNewIds) {
        this.checkNewIds = checkNewIds;
    }

    static SaleBatch of(Batch batch) {
        return batch.state(SaleBatch.class, () -> new SaleBatch(batch.checkNewIds()));
    }

    void wantBuyer(UUID id) {
        if (id != null) {
            wantedBuyers.add(id);
        }
    }

    /** A sale or an adjustment will take this id: looked up only when the batch checks new ids. */
    void wantNewId(UUID id) {
        if (checkNewIds && id != null) {
            wantedIds.add(id);
        }
    }

    void wantStock(String materialCode) {
        wantedStock.add(materialCode);
    }

    /** The org of the buyer with this id (stored or added by this push), or null. */
    Long buyerOrg(UUID id) {
        return buyerOrgs.get(id);
    }

    boolean taken(UUID id) {
        return takenIds.contains(id);
    }

    /**
     * The grams of a material in the org's stock at this point of the push: bought from members
     * (stored and added by this push) minus sold plus adjusted.
     */
    long stock(Batch batch, String code) {
        return storedStock.getOrDefault(code, 0L) + pendingStock.getOrDefault(code, 0L)
                + MonthlyRollups.of(batch).pendingGrams(code);
    }

    void upsertBuyer(long orgId, UUID id, BuyerUpsert b, long seq, boolean exists) {
        if (exists) {
            buyerUpdates.add(new Object[] {b.name(), b.kind(), b.phone(), b.address(), seq, Jdbc.bytes(id)});
        } else {
            buyerInserts.add(new Object[] {Jdbc.bytes(id), orgId, b.name(), b.kind(), b.phone(), b.address(), seq});
            buyerOrgs.put(id, orgId);
        }
    }

    void sale(long orgId, UUID id, SaleRecord s, long seq) {
        sales.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(s.buyerId()), s.day(), s.total(), s.totalGrams(),
                s.receiptPhoto(), s.soldBy(), seq});
        for (int i = 0; i < s.lines().size(); i++) {
            SaleLine l = s.lines().get(i);
            lines.add(new Object[] {Jdbc.bytes(id), i, orgId, l.materialCode(), l.grams(), l.pricePerKg(), l.amount()});
            pendingStock.merge(l.materialCode(), -l.grams(), Long::sum);
        }
        takenIds.add(id);
    }

    void adjustment(long orgId, UUID id, StockAdjust a, long seq) {
        adjustments.add(new Object[] {Jdbc.bytes(id), orgId, a.materialCode(), a.grams(), a.reason(), a.targetMaterial(),
                a.note(), a.day(), seq});
        pendingStock.merge(a.materialCode(), a.grams(), Long::sum);
        if (a.targetMaterial() != null) {
            pendingStock.merge(a.targetMaterial(), -a.grams(), Long::sum);
        }
        takenIds.add(id);
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.SALES;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        var c = batch.connection();
        if (!wantedBuyers.isEmpty()) {
            Reads.query(c, "SELECT id, org_id FROM buyer WHERE id IN (" + Jdbc.placeholders(wantedBuyers.size()) + ")",
                    rs -> {
                        while (rs.next()) {
                            buyerOrgs.put(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2));
                        }
                        return null;
                    }, wantedBuyers.toArray());
        }
        if (!wantedIds.isEmpty()) {
            String in = Jdbc.placeholders(wantedIds.size());
            Object[] ids = wantedIds.toArray();
            Object[] both = new Object[ids.length * 2];
            System.arraycopy(ids, 0, both, 0, ids.length);
            System.arraycopy(ids, 0, both, ids.length, ids.length);
            takenIds.addAll(Reads.list(c, "SELECT id FROM sale WHERE id IN (" + in + ") UNION SELECT id FROM"
                    + " stock_adjustment WHERE id IN (" + in + ")", rs -> Jdbc.uuid(rs.getBytes(1)), both));
        }
        if (!wantedStock.isEmpty()) {
            MaterialMonths.boughtGrams(c, batch.orgId(), wantedStock).forEach((k, v) -> storedStock.merge(k, v, Long::sum));
            String in = Jdbc.placeholders(wantedStock.size());
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                params.add(batch.orgId());
                params.addAll(wantedStock);
            }
            Reads.query(c, "SELECT material_code, -SUM(grams) FROM sale_line WHERE org_id = ? AND material_code IN (" + in
                    + ") GROUP BY material_code UNION ALL SELECT material_code, SUM(grams) FROM stock_adjustment"
                    + " WHERE org_id = ? AND material_code IN (" + in + ") GROUP BY material_code UNION ALL SELECT"
                    + " target_material, -SUM(grams) FROM stock_adjustment WHERE org_id = ? AND target_material IN ("
                    + in + ") GROUP BY target_material", rs -> {
                        while (rs.next()) {
                            storedStock.merge(rs.getString(1), rs.getLong(2), Long::sum);
                        }
                        return null;
                    }, params.toArray());
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        var c = batch.connection();
        Jdbc.batch(c, "INSERT INTO buyer (id, org_id, name, kind, phone, address, updated_seq) VALUES (?,?,?,?,?,?,?)",
                buyerInserts);
        Jdbc.batch(c, "UPDATE buyer SET name = ?, kind = ?, phone = ?, address = ?, updated_seq = ? WHERE id = ?",
                buyerUpdates);
        Jdbc.batch(c, "INSERT INTO sale (id, org_id, buyer_id, day, total_satang, total_grams, receipt_photo, sold_by,"
                + " op_seq) VALUES (?,?,?,?,?,?,?,?,?)", sales);
        Jdbc.batch(c, "INSERT INTO sale_line (sale_id, line_no, org_id, material_code, grams, price_per_kg, amount)"
                + " VALUES (?,?,?,?,?,?,?)", lines);
        Jdbc.batch(c, "INSERT INTO stock_adjustment (id, org_id, material_code, grams, reason, target_material, note,"
                + " day, op_seq) VALUES (?,?,?,?,?,?,?,?,?)", adjustments);
    }
}
