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
import th.wastebank.sale.SaleVoid;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.rollup.MaterialMonths;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * Buyers, sales, stock adjustments and their voids as one push sees them: the buyers its ops name
 * (by id, whatever their org), the stock in grams of the materials its sales take (voided records
 * left out), the sales and adjustments its voids name, and the rows it writes.
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
    private final Set<UUID> wantedVoidTargets = new HashSet<>();
    private final Map<UUID, VoidTarget> voidTargets = new HashMap<>();
    private final Set<UUID> voided = new HashSet<>();
    private final List<Object[]> voids = new ArrayList<>();
    private final boolean checkNewIds;

    /**
     * A sale or an adjustment a void may name: its org, whether it is a sale, and what it did to the
     * stock (signed grams per material), which its void gives back.
     */
    record VoidTarget(long orgId, boolean sale, Map<String, Long> stockEffect) {
    }

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

    /** A void names this sale or adjustment: it, and whether it is voided already, are read. */
    void wantVoidTarget(UUID id) {
        if (id != null) {
            wantedVoidTargets.add(id);
        }
    }

    /** The sale or adjustment with this id (stored, whatever its org, or added by this push), or null. */
    VoidTarget voidTarget(UUID id) {
        return voidTargets.get(id);
    }

    /** Whether a void (stored or of this push) names this record already. */
    boolean voided(UUID id) {
        return voided.contains(id);
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
        Map<String, Long> effect = new HashMap<>();
        for (int i = 0; i < s.lines().size(); i++) {
            SaleLine l = s.lines().get(i);
            lines.add(new Object[] {Jdbc.bytes(id), i, orgId, l.materialCode(), l.grams(), l.pricePerKg(), l.amount()});
            effect.merge(l.materialCode(), -l.grams(), Long::sum);
        }
        effect.forEach((code, grams) -> pendingStock.merge(code, grams, Long::sum));
        voidTargets.put(id, new VoidTarget(orgId, true, effect));
        takenIds.add(id);
    }

    void adjustment(long orgId, UUID id, StockAdjust a, long seq) {
        adjustments.add(new Object[] {Jdbc.bytes(id), orgId, a.materialCode(), a.grams(), a.reason(), a.targetMaterial(),
                a.note(), a.day(), seq});
        Map<String, Long> effect = adjustmentEffect(a.materialCode(), a.grams(), a.targetMaterial());
        effect.forEach((code, grams) -> pendingStock.merge(code, grams, Long::sum));
        voidTargets.put(id, new VoidTarget(orgId, false, effect));
        takenIds.add(id);
    }

    private static Map<String, Long> adjustmentEffect(String material, long grams, String target) {
        Map<String, Long> effect = new HashMap<>();
        effect.merge(material, grams, Long::sum);
        if (target != null) {
            effect.merge(target, -grams, Long::sum);
        }
        return effect;
    }

    /** Voids {@code target} (known to {@link #voidTarget}): its weight goes back to the stock this push sees. */
    void voidRecord(long orgId, UUID id, SaleVoid v, VoidTarget target, long seq) {
        voids.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(v.saleId()), target.sale() ? "SALE" : "ADJUSTMENT",
                v.reason(), Jdbc.utc(v.voidedAt()), seq});
        target.stockEffect().forEach((code, grams) -> pendingStock.merge(code, -grams, Long::sum));
        voided.add(v.saleId());
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
            Object[] all = new Object[ids.length * 3];
            for (int i = 0; i < 3; i++) {
                System.arraycopy(ids, 0, all, ids.length * i, ids.length);
            }
            takenIds.addAll(Reads.list(c, "SELECT id FROM sale WHERE id IN (" + in + ") UNION SELECT id FROM"
                    + " stock_adjustment WHERE id IN (" + in + ") UNION SELECT id FROM sale_void WHERE id IN (" + in
                    + ")", rs -> Jdbc.uuid(rs.getBytes(1)), all));
        }
        if (!wantedVoidTargets.isEmpty()) {
            loadVoidTargets(batch);
        }
        if (!wantedStock.isEmpty()) {
            MaterialMonths.boughtGrams(c, batch.orgId(), wantedStock).forEach((k, v) -> storedStock.merge(k, v, Long::sum));
            String in = Jdbc.placeholders(wantedStock.size());
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                params.add(batch.orgId());
                params.addAll(wantedStock);
            }
            Reads.query(c, "SELECT material_code, -SUM(grams) FROM sale_line l WHERE org_id = ? AND material_code IN ("
                    + in + ")" + standing("l.sale_id") + " GROUP BY material_code UNION ALL SELECT material_code,"
                    + " SUM(grams) FROM stock_adjustment a WHERE org_id = ? AND material_code IN (" + in + ")"
                    + standing("a.id") + " GROUP BY material_code UNION ALL SELECT target_material, -SUM(grams) FROM"
                    + " stock_adjustment a WHERE org_id = ? AND target_material IN (" + in + ")" + standing("a.id")
                    + " GROUP BY target_material", rs -> {
                        while (rs.next()) {
                            storedStock.merge(rs.getString(1), rs.getLong(2), Long::sum);
                        }
                        return null;
                    }, params.toArray());
        }
    }

    /** An SQL condition: the sale or adjustment whose id is {@code idColumn} has not been voided. */
    static String standing(String idColumn) {
        return " AND NOT EXISTS (SELECT 1 FROM sale_void v WHERE v.voided_id = " + idColumn + ")";
    }

    private void loadVoidTargets(Batch batch) throws SQLException {
        var c = batch.connection();
        String in = Jdbc.placeholders(wantedVoidTargets.size());
        Object[] ids = wantedVoidTargets.toArray();
        Reads.query(c, "SELECT s.id, s.org_id, l.material_code, l.grams FROM sale s JOIN sale_line l ON l.sale_id = s.id"
                + " WHERE s.id IN (" + in + ")", rs -> {
                    while (rs.next()) {
                        UUID id = Jdbc.uuid(rs.getBytes(1));
                        long org = rs.getLong(2);
                        voidTargets.computeIfAbsent(id, k -> new VoidTarget(org, true, new HashMap<>()))
                                .stockEffect().merge(rs.getString(3), -rs.getLong(4), Long::sum);
                    }
                    return null;
                }, ids);
        Reads.query(c, "SELECT id, org_id, material_code, grams, target_material FROM stock_adjustment WHERE id IN ("
                + in + ")", rs -> {
                    while (rs.next()) {
                        voidTargets.put(Jdbc.uuid(rs.getBytes(1)), new VoidTarget(rs.getLong(2), false,
                                adjustmentEffect(rs.getString(3), rs.getLong(4), rs.getString(5))));
                    }
                    return null;
                }, ids);
        voided.addAll(Reads.list(c, "SELECT voided_id FROM sale_void WHERE voided_id IN (" + in + ")",
                rs -> Jdbc.uuid(rs.getBytes(1)), ids));
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
        Jdbc.batch(c, "INSERT INTO sale_void (id, org_id, voided_id, voided_kind, reason, voided_at, op_seq)"
                + " VALUES (?,?,?,?,?,?,?)", voids);
    }
}
