package th.wastebank.server.sale;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.sale.AdjustReason;
import th.wastebank.sale.StockValuation;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.rollup.MaterialMonths;
import th.wastebank.statement.BankBooks;

/**
 * An org's selling as the server holds it: its buyers, its stock per material (kilograms and value),
 * and its sales, their cost and margin per month, valued as the phones value them
 * ({@link StockValuation}, ADR 0012). Months are Thai calendar months; money in satang, weights in
 * grams. A voided sale or adjustment ({@code sale.void}, ADR 0020) counts nowhere: not in a buyer's
 * sales, the stock, a month's figures or best-practice ๑.๔/๑.๕; only the month's list of sales shows
 * it, with the reason it was voided.
 */
@Singleton
public class SaleReads {
    private final Reads reads;

    public SaleReads(Database database) {
        this.reads = database.reads();
    }

    @Serdeable
    public record Buyer(UUID id, String name, String kind, @Nullable String phone, @Nullable String address,
                        long sales, long soldSatang) {
    }

    /** One material's stock: grams (negative after an oversell) and value at the average cost. */
    @Serdeable
    public record StockRow(String materialCode, long grams, long valueSatang) {
    }

    /** Weight and money sold in one month, straight from the sales (best-practice ๑.๔ and ๑.๕). */
    @Serdeable
    public record Sold(YearMonth month, long sales, long grams, long satang) {
        /** Whether the bank sold anything that month (the form says so when it did not). */
        public boolean soldAnything() {
            return sales > 0;
        }
    }

    /** One month's sales, their cost at the average cost of the stock, the margin, and the stock lost. */
    @Serdeable
    public record SaleMonth(YearMonth month, long sales, long soldGrams, long salesSatang, long costSatang,
                            long marginSatang, long lostGrams, long lostSatang) {
    }

    /** One sale with its buyer, cost and margin; {@code voidReason} is set once it was voided (cost and margin 0). */
    @Serdeable
    public record SaleRow(UUID id, LocalDate day, UUID buyerId, String buyerName, long grams, long amountSatang,
                          long costSatang, long marginSatang, String soldBy, @Nullable String receiptPhoto,
                          @Nullable String voidReason) {
        public boolean voided() {
            return voidReason != null;
        }
    }

    public List<Buyer> buyers(long orgId) {
        return reads.list("SELECT b.id, b.name, b.kind, b.phone, b.address, COUNT(s.id), COALESCE(SUM(s.total_satang), 0)"
                + " FROM buyer b LEFT JOIN sale s ON s.buyer_id = b.id AND s.org_id = b.org_id" + SaleBatch.standing("s.id")
                + " WHERE b.org_id = ?"
                + " GROUP BY b.id, b.name, b.kind, b.phone, b.address ORDER BY b.name", rs -> new Buyer(
                Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7)), orgId);
    }

    /** Every material the org ever bought, sold or adjusted, by code, with what is on hand now. */
    public List<StockRow> stock(long orgId) {
        StockValuation.Result r = reads.with(c -> valuation(c, orgId));
        List<StockRow> out = new ArrayList<>();
        r.stock().forEach((code, s) -> out.add(new StockRow(code, s.grams(), s.value())));
        return out;
    }

    /** Kilograms and baht sold in {@code month} (zeros when nothing was sold). */
    public Sold sold(long orgId, YearMonth month) {
        return soldByMonth(orgId, month, month).get(0);
    }

    /** {@link #sold} for every month from {@code from} to {@code to}, inclusive, oldest first. */
    public List<Sold> soldByMonth(long orgId, YearMonth from, YearMonth to) {
        Map<YearMonth, Sold> found = new HashMap<>();
        reads.list("SELECT YEAR(day), MONTH(day), COUNT(*), SUM(total_grams), SUM(total_satang) FROM sale s"
                + " WHERE org_id = ? AND day >= ? AND day < ?" + SaleBatch.standing("s.id")
                + " GROUP BY YEAR(day), MONTH(day)", rs -> {
                    YearMonth m = YearMonth.of(rs.getInt(1), rs.getInt(2));
                    return found.put(m, new Sold(m, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }, orgId, from.atDay(1), to.plusMonths(1).atDay(1));
        List<Sold> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(found.getOrDefault(m, new Sold(m, 0, 0, 0)));
        }
        return out;
    }

    /** Sales, cost, margin and losses for every month from {@code from} to {@code to}, inclusive, oldest first. */
    public List<SaleMonth> months(long orgId, YearMonth from, YearMonth to) {
        StockValuation.Result r = reads.with(c -> valuation(c, orgId));
        List<SaleMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            StockValuation.MonthFigures f = r.month(m);
            out.add(new SaleMonth(m, f.sales(), f.soldGrams(), f.salesSatang(), f.costSatang(), f.marginSatang(),
                    f.lostGrams(), f.lostSatang()));
        }
        return out;
    }

    /** The sales of {@code month} with their buyer, cost and margin, by day; voided ones with their reason. */
    public List<SaleRow> sales(long orgId, YearMonth month) {
        return reads.with(c -> {
            StockValuation.Result r = valuation(c, orgId);
            return Reads.list(c, "SELECT s.id, s.day, s.buyer_id, b.name, s.total_grams, s.total_satang, s.sold_by,"
                    + " s.receipt_photo, v.reason FROM sale s JOIN buyer b ON b.id = s.buyer_id LEFT JOIN sale_void v"
                    + " ON v.voided_id = s.id WHERE s.org_id = ? AND s.day >= ? AND s.day < ? ORDER BY s.day, s.id",
                    rs -> {
                        UUID id = Jdbc.uuid(rs.getBytes(1));
                        String voidReason = rs.getString(9);
                        long amount = rs.getLong(6);
                        long cost = r.saleCosts().getOrDefault(id, 0L);
                        long margin = voidReason == null ? amount - cost : 0;
                        return new SaleRow(id, rs.getObject(2, LocalDate.class), Jdbc.uuid(rs.getBytes(3)),
                                rs.getString(4), rs.getLong(5), amount, cost, margin, rs.getString(7),
                                rs.getString(8), voidReason);
                    }, orgId, month.atDay(1), month.plusMonths(1).atDay(1));
        });
    }

    /**
     * Every sale of the org with its buyer's name, for the statement (which leaves out those voided:
     * {@link #movements} names them).
     */
    public static List<BankBooks.Sale> books(Connection c, long orgId) throws SQLException {
        return Reads.list(c, "SELECT s.id, s.day, b.name, s.total_grams, s.total_satang FROM sale s JOIN buyer b"
                + " ON b.id = s.buyer_id WHERE s.org_id = ?", rs -> new BankBooks.Sale(Jdbc.uuid(rs.getBytes(1)),
                rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4), rs.getLong(5)), orgId);
    }

    /** The org's buyer's name, on a connection a page already holds (a review flag's sentence). */
    public static Optional<String> buyerName(Connection c, long orgId, UUID buyerId) throws SQLException {
        return Reads.one(c, "SELECT name FROM buyer WHERE id = ? AND org_id = ?", rs -> rs.getString(1), buyerId, orgId);
    }

    /** Every purchase, sale line and adjustment of the org, valued. */
    private static StockValuation.Result valuation(Connection c, long orgId) throws SQLException {
        return StockValuation.of(movements(c, orgId));
    }

    /**
     * Every purchase, sale line and adjustment of the org, as the stock's movements, and a
     * {@link StockValuation.Voided} for each one voided (which the valuation leaves out).
     */
    public static List<StockValuation.Movement> movements(Connection c, long orgId) throws SQLException {
        List<StockValuation.Movement> moves = new ArrayList<>();
        for (MaterialMonths.Bought b : MaterialMonths.bought(c, orgId)) {
            moves.add(new StockValuation.Bought(b.month(), b.materialCode(), b.grams(), b.satang()));
        }
        moves.addAll(Reads.list(c, "SELECT s.day, s.id, l.material_code, l.grams, l.amount FROM sale_line l"
                + " JOIN sale s ON s.id = l.sale_id WHERE l.org_id = ? ORDER BY l.sale_id, l.line_no",
                rs -> new StockValuation.Sold(YearMonth.from(rs.getObject(1, LocalDate.class)), Jdbc.uuid(rs.getBytes(2)),
                        rs.getString(3), rs.getLong(4), rs.getLong(5)), orgId));
        moves.addAll(Reads.list(c, "SELECT day, id, material_code, grams, reason, target_material FROM stock_adjustment"
                + " WHERE org_id = ?", rs -> new StockValuation.Adjusted(YearMonth.from(rs.getObject(1, LocalDate.class)),
                Jdbc.uuid(rs.getBytes(2)), rs.getString(3), rs.getLong(4),
                AdjustReason.parse(rs.getString(5)).orElse(AdjustReason.COUNT), rs.getString(6)), orgId));
        moves.addAll(Reads.list(c, "SELECT s.day, v.voided_id FROM sale_void v JOIN sale s ON s.id = v.voided_id"
                + " WHERE v.org_id = ? UNION ALL SELECT a.day, v.voided_id FROM sale_void v JOIN stock_adjustment a"
                + " ON a.id = v.voided_id WHERE v.org_id = ?", rs -> new StockValuation.Voided(
                YearMonth.from(rs.getObject(1, LocalDate.class)), Jdbc.uuid(rs.getBytes(2))), orgId, orgId));
        return moves;
    }
}
