package th.wastebank.client.sale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sale.AdjustReason;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sale.SaleVoid;
import th.wastebank.sale.StockAdjust;
import th.wastebank.sale.StockValuation;
import th.wastebank.statement.BankBooks;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * Selling on this phone: the bank's buyers ({@code buyer.upsert}), its sales ({@code sale.record})
 * and stock adjustments ({@code stock.adjust}), and the stock and margin they give, valued by the
 * same {@link StockValuation} as the server from this phone's deposits, sales and adjustments.
 * Selling more than the stock is allowed (the waste has gone to the buyer) and shows as negative
 * stock; members' savings are never touched. A sale or an adjustment recorded by mistake is voided
 * ({@code sale.void}, ADR 0020): it stays, named by its void, and counts nowhere from then on.
 */
public final class SaleService {
    /** A buyer as this phone knows it. */
    public record Buyer(UUID id, String name, String kind, String phone, String address, SyncState state) {
    }

    /** One material's stock: grams (negative after selling more than was bought) and value in satang. */
    public record StockRow(String materialCode, long grams, long value) {
        public boolean negative() {
            return grams < 0;
        }
    }

    /**
     * A sale or a stock adjustment as the stock board lists it: for a sale its buyer, weight and
     * total; for an adjustment its material, signed weight and reason; {@code voidReason} once voided.
     */
    public record StockRecord(UUID id, boolean sale, LocalDate day, String buyerName, String materialCode, long grams,
                              long amount, String adjustReason, String voidReason, SyncState state) {
        public boolean voided() {
            return voidReason != null;
        }
    }

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public SaleService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    /** The buyers, by name. */
    public List<Buyer> buyers() {
        return store.read(c -> {
            List<Buyer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, phone, address, sync_state FROM buyer"
                    + " ORDER BY name"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Buyer(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), SyncState.valueOf(rs.getString(6))));
                }
            }
            return out;
        });
    }

    /** Adds a buyer; refused with the Thai reasons beside the fields when the name or kind is missing. */
    public Buyer addBuyer(String name, String kind, String phone, String address) {
        Instant at = clock.instant();
        BuyerUpsert b = new BuyerUpsert(blankToNull(name), kind, blankToNull(phone), blankToNull(address));
        Validation.require(b, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            saveBuyer(c, id, b, SyncState.PENDING);
            Outbox.add(c, opId, id, b, at);
            return new Buyer(id, b.name(), b.kind(), b.phone(), b.address(), SyncState.PENDING);
        });
    }

    /**
     * Records a sale made today to a buyer this phone knows, the lines priced by the one amount
     * rule; refused (nothing saved) with the Thai reason beside the field at fault.
     */
    public UUID record(UUID buyerId, List<SaleLine> lines, String soldBy, String receiptPhoto) {
        Instant at = clock.instant();
        SaleRecord sale = SaleRecord.of(buyerId, today(), lines, blankToNull(receiptPhoto), blankToNull(soldBy));
        if (buyerId == null) {
            throw Invalid.of(ReasonCode.BUYER_REQUIRED, "buyerId");
        }
        Validation.require(sale, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (!buyerKnown(c, buyerId)) {
                throw Invalid.of(ReasonCode.UNKNOWN_BUYER, "buyerId");
            }
            insertSale(c, id, sale, SyncState.PENDING);
            Outbox.add(c, opId, id, sale, at);
            return id;
        });
    }

    /** Records a change to the stock of a material today (signed grams; a re-sort names its target). */
    public UUID adjust(String materialCode, long grams, String reason, String targetMaterial, String note) {
        Instant at = clock.instant();
        StockAdjust a = new StockAdjust(materialCode, grams, reason, blankToNull(targetMaterial), blankToNull(note),
                today());
        Validation.require(a, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            insertAdjustment(c, id, a, SyncState.PENDING);
            Outbox.add(c, opId, id, a, at);
            return id;
        });
    }

    /**
     * Voids a sale or an adjustment recorded by mistake, at once on this phone (the stock and the
     * month's margin leave it out before the void is sent); refused with the Thai reason when the
     * reason is missing, this phone knows no such record, or it is voided already.
     */
    public UUID voidRecord(UUID recordId, String reason) {
        Instant at = clock.instant();
        SaleVoid v = new SaleVoid(recordId, blankToNull(reason), at);
        Validation.require(v, at);
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            StockRecord r = findRecord(c, recordId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SALE, "saleId"));
            if (r.voided()) {
                throw Invalid.of(ReasonCode.SALE_ALREADY_VOIDED, "saleId");
            }
            insertVoid(c, id, v, SyncState.PENDING);
            Outbox.add(c, opId, id, v, at);
            return id;
        });
    }

    /** The latest sales and adjustments, newest first, at most {@code limit}. */
    public List<StockRecord> records(int limit) {
        return store.read(c -> {
            List<StockRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(RECORDS + " ORDER BY day DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(record(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The sale or adjustment with this id, if this phone has it. */
    public Optional<StockRecord> record(UUID id) {
        return store.read(c -> findRecord(c, id));
    }

    /** Sales and adjustments, one shape: id, is-sale, day, buyer, material, grams, amount, reason, void reason, state. */
    private static final String RECORDS = "SELECT * FROM (SELECT s.id AS id, 1 AS is_sale, s.day AS day, b.name AS buyer,"
            + " NULL AS material, s.total_grams AS grams, s.total AS amount, NULL AS reason, v.reason AS void_reason,"
            + " s.sync_state AS state FROM sale s LEFT JOIN buyer b ON b.id = s.buyer_id LEFT JOIN sale_void v"
            + " ON v.voided_id = s.id UNION ALL SELECT a.id, 0, a.day, NULL, a.material_code, a.grams, 0, a.reason,"
            + " v.reason, a.sync_state FROM stock_adjustment a LEFT JOIN sale_void v ON v.voided_id = a.id)";

    private static Optional<StockRecord> findRecord(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORDS + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        }
    }

    private static StockRecord record(ResultSet rs) throws SQLException {
        return new StockRecord(UUID.fromString(rs.getString(1)), rs.getInt(2) == 1, LocalDate.parse(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                SyncState.valueOf(rs.getString(10)));
    }

    /**
     * Stores a void (made here or pulled); false when this phone has it already. A pulled void of a
     * record this phone voided itself, not yet accepted, takes the place of this phone's own.
     */
    static boolean insertVoid(Connection c, UUID id, SaleVoid v, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sale_void WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sale_void WHERE voided_id = ? AND sync_state"
                + " NOT IN ('SENT', 'PULLED')")) {
            ps.setString(1, v.saleId().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO sale_void (id, voided_id, reason, voided_at,"
                + " sync_state) VALUES (?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, v.saleId().toString());
            ps.setString(3, v.reason());
            ps.setLong(4, v.voidedAt().toEpochMilli());
            ps.setString(5, state.name());
            return ps.executeUpdate() > 0;
        }
    }

    /** The stock of every material ever bought, sold or adjusted, by code. */
    public List<StockRow> stock() {
        StockValuation.Result r = valuation();
        List<StockRow> out = new ArrayList<>();
        r.stock().forEach((code, s) -> out.add(new StockRow(code, s.grams(), s.value())));
        return out;
    }

    /** A month's sales, their cost at the average cost of the stock, the margin and the stock lost. */
    public StockValuation.MonthFigures month(YearMonth month) {
        return valuation().month(month);
    }

    /** Everything this phone knows of the stock, valued as the server values it (ADR 0012). */
    public StockValuation.Result valuation() {
        return StockValuation.of(movements());
    }

    /**
     * Every purchase, sale line and adjustment this phone knows, as the stock's movements, and a
     * {@link StockValuation.Voided} for each one voided (which the valuation leaves out).
     */
    public List<StockValuation.Movement> movements() {
        return store.read(c -> {
            List<StockValuation.Movement> moves = new ArrayList<>();
            Map<List<Object>, long[]> bought = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.occurred_at, l.material_code, l.grams, l.amount"
                    + " FROM deposit_line l JOIN entry e ON e.id = l.entry_id WHERE e.kind = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM entry r WHERE r.reverses_id = e.id)")) {
                ps.setInt(1, EntryKind.DEPOSIT.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        YearMonth month = YearMonth.from(Instant.ofEpochMilli(rs.getLong(1)).atZone(Dates.THAI));
                        long[] t = bought.computeIfAbsent(List.of(month, rs.getString(2)), k -> new long[2]);
                        t[0] += rs.getLong(3);
                        t[1] += rs.getLong(4);
                    }
                }
            }
            bought.forEach((k, t) -> moves.add(new StockValuation.Bought((YearMonth) k.get(0), (String) k.get(1), t[0],
                    t[1])));
            try (PreparedStatement ps = c.prepareStatement("SELECT s.day, s.id, l.material_code, l.grams, l.amount"
                    + " FROM sale_line l JOIN sale s ON s.id = l.sale_id ORDER BY l.sale_id, l.line_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moves.add(new StockValuation.Sold(YearMonth.from(LocalDate.parse(rs.getString(1))),
                            UUID.fromString(rs.getString(2)), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT day, id, material_code, grams, reason, target_material"
                    + " FROM stock_adjustment"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moves.add(new StockValuation.Adjusted(YearMonth.from(LocalDate.parse(rs.getString(1))),
                            UUID.fromString(rs.getString(2)), rs.getString(3), rs.getLong(4),
                            AdjustReason.parse(rs.getString(5)).orElse(AdjustReason.COUNT), rs.getString(6)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT r.day, v.voided_id FROM sale_void v JOIN (SELECT id, day"
                    + " FROM sale UNION ALL SELECT id, day FROM stock_adjustment) r ON r.id = v.voided_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moves.add(new StockValuation.Voided(YearMonth.from(LocalDate.parse(rs.getString(1))),
                            UUID.fromString(rs.getString(2))));
                }
            }
            return moves;
        });
    }

    private static boolean buyerKnown(Connection c, UUID buyerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM buyer WHERE id = ?")) {
            ps.setString(1, buyerId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Stores a buyer (made here or pulled), replacing what this phone had. */
    static void saveBuyer(Connection c, UUID id, BuyerUpsert b, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO buyer (id, name, kind, phone, address, sync_state)"
                + " VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                + " phone = excluded.phone, address = excluded.address, sync_state = excluded.sync_state")) {
            ps.setString(1, id.toString());
            ps.setString(2, b.name());
            ps.setString(3, b.kind());
            ps.setString(4, b.phone());
            ps.setString(5, b.address());
            ps.setString(6, state.name());
            ps.executeUpdate();
        }
    }

    /** Stores a sale with its lines (made here or pulled); false when this phone has it already. */
    static boolean insertSale(Connection c, UUID id, SaleRecord s, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO sale (id, buyer_id, day, total, total_grams,"
                + " receipt_photo, sold_by, sync_state) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, s.buyerId().toString());
            ps.setString(3, s.day().toString());
            ps.setLong(4, s.total());
            ps.setLong(5, s.totalGrams());
            ps.setString(6, s.receiptPhoto());
            ps.setString(7, s.soldBy());
            ps.setString(8, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sale_line (sale_id, line_no, material_code, grams,"
                + " price_per_kg, amount) VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < s.lines().size(); i++) {
                SaleLine l = s.lines().get(i);
                ps.setString(1, id.toString());
                ps.setInt(2, i);
                ps.setString(3, l.materialCode());
                ps.setLong(4, l.grams());
                ps.setLong(5, l.pricePerKg());
                ps.setLong(6, l.amount());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    /** Stores an adjustment (made here or pulled); false when this phone has it already. */
    static boolean insertAdjustment(Connection c, UUID id, StockAdjust a, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO stock_adjustment (id, material_code, grams,"
                + " reason, target_material, note, day, sync_state) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, a.materialCode());
            ps.setLong(3, a.grams());
            ps.setString(4, a.reason());
            ps.setString(5, a.targetMaterial());
            ps.setString(6, a.note());
            ps.setString(7, a.day().toString());
            ps.setString(8, state.name());
            return ps.executeUpdate() > 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every sale this phone knows with its buyer's name, for the committee's statement. */
    public List<BankBooks.Sale> salesForBooks() {
        return store.read(c -> {
            List<BankBooks.Sale> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.day, b.name, s.total_grams, s.total FROM sale s"
                    + " JOIN buyer b ON b.id = s.buyer_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BankBooks.Sale(UUID.fromString(rs.getString(1)), LocalDate.parse(rs.getString(2)),
                            rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return out;
        });
    }
}
