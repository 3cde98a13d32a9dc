package th.wastebank.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The bank's stock per material and what its sales cost, by the monthly weighted average cost (ADR
 * 0012); phone and server both call {@link #of} on the same movements, so they agree to the satang.
 *
 * <p>Month by month (Thai months), for each material: the month's purchases (deposits, net of
 * reversals) are added to the stock carried in, at what the members were paid; the month's rate is
 * then the stock's value ÷ its grams. Every sale line, loss and re-sort of the month takes weight out
 * at that rate, in the order of their ids: its cost is {@code grams × value ÷ grams-in-stock},
 * rounded half away from zero to the satang, except that one taking the last grams takes all the
 * value left (so no satang stays behind at zero grams). A count that finds more adds weight at the rate; a re-sort gives the target material
 * the weight and the cost it took out. The rate of a month without stock (none bought yet, or sold
 * past zero) is the last rate the material had, or zero if it never had one; a sale past zero leaves
 * the stock negative in grams and value, and the next purchase fills it. Value is carried exactly,
 * so what was bought always equals the cost of what was sold, plus what was lost, plus the value on
 * hand.
 *
 * <p>A sale or an adjustment named by a {@link Voided} movement ({@code sale.void}, ADR 0020) is left
 * out entirely: stock, costs, every month's figures and the cost of every other sale come out
 * exactly as if the mistaken record had never been made.
 */
public final class StockValuation {
    /** One thing that happened to the stock, in the month it happened. */
    public sealed interface Movement permits Bought, Sold, Adjusted, Voided {
        YearMonth month();
    }

    /** Bought from members: the month's grams and what was paid for them, of one material. */
    public record Bought(YearMonth month, String material, long grams, long satang) implements Movement {
    }

    /** One line of a sale. */
    public record Sold(YearMonth month, UUID saleId, String material, long grams, long amount) implements Movement {
    }

    /** An adjustment: signed grams; {@code target} is the material a re-sort moves the weight into, or null. */
    public record Adjusted(YearMonth month, UUID id, String material, long grams, AdjustReason reason, String target)
            implements Movement {
    }

    /**
     * A sale or an adjustment voided by {@code sale.void}: {@code id} is the voided record's id and
     * {@code month} its month (so a caller that keeps the movements up to a month keeps or drops the
     * record and its void together).
     */
    public record Voided(YearMonth month, UUID id) implements Movement {
    }

    /** A material's stock: grams and value in satang, both may be negative after an oversell. */
    public record Stock(long grams, long value) {
    }

    /**
     * One month's sales and losses: how many sales, the weight and amount sold, the cost of what was
     * sold, and the weight and value lost to drying, dirt, damage and counts (net of counts that
     * found more). Re-sorts are not losses.
     */
    public record MonthFigures(YearMonth month, int sales, long soldGrams, long salesSatang, long costSatang,
                               long lostGrams, long lostSatang) {
        public long marginSatang() {
            return salesSatang - costSatang;
        }
    }

    /** The stock at the end, the cost of each sale, and the figures of every month that had a sale or a loss. */
    public record Result(SortedMap<String, Stock> stock, Map<UUID, Long> saleCosts,
                         SortedMap<YearMonth, MonthFigures> months) {
        public MonthFigures month(YearMonth month) {
            return months.getOrDefault(month, new MonthFigures(month, 0, 0, 0, 0, 0, 0));
        }

        /** A sale's margin: its amount less its cost (the amount is the caller's, the cost is ours). */
        public long marginOf(UUID saleId, long saleAmount) {
            return saleAmount - saleCosts.getOrDefault(saleId, 0L);
        }
    }

    private static final class Running {
        long grams;
        long value;
        /** The month's rate as value over grams; zero grams until the material ever had stock. */
        long rateValue;
        long rateGrams;

        /**
         * The cost of taking {@code g} grams out: at the month's rate, but all the value that is left
         * when it takes the last of the stock (and the rate beyond), so no satang stays behind at zero
         * grams.
         */
        long costOut(long g) {
            if (grams > 0 && g >= grams) {
                return value + costOf(g - grams);
            }
            return costOf(g);
        }

        long costOf(long g) {
            if (rateGrams <= 0) {
                return 0;
            }
            return BigDecimal.valueOf(g).multiply(BigDecimal.valueOf(rateValue))
                    .divide(BigDecimal.valueOf(rateGrams), 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    private static final class Month {
        final Set<UUID> sales = new HashSet<>();
        long soldGrams;
        long salesSatang;
        long costSatang;
        long lostGrams;
        long lostSatang;
    }

    private StockValuation() {
    }

    /** Sales and adjustments of a month are taken in the order their ids were made (UUIDv7 keeps time). */
    private static UUID order(Movement m) {
        return m instanceof Sold s ? s.saleId() : m instanceof Adjusted a ? a.id() : new UUID(0, 0);
    }

    /** The ids of the sales and adjustments voided among {@code movements}. */
    public static Set<UUID> voided(Collection<? extends Movement> movements) {
        Set<UUID> out = new HashSet<>();
        for (Movement m : movements) {
            if (m instanceof Voided v) {
                out.add(v.id());
            }
        }
        return out;
    }

    public static Result of(Collection<? extends Movement> movements) {
        Set<UUID> voided = voided(movements);
        SortedMap<YearMonth, List<Movement>> byMonth = new TreeMap<>();
        for (Movement m : movements) {
            if (m instanceof Voided || voided.contains(order(m))) {
                continue;
            }
            byMonth.computeIfAbsent(m.month(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Running> stock = new HashMap<>();
        Map<UUID, Long> saleCosts = new HashMap<>();
        SortedMap<YearMonth, MonthFigures> months = new TreeMap<>();
        for (Map.Entry<YearMonth, List<Movement>> e : byMonth.entrySet()) {
            for (Movement m : e.getValue()) {
                if (m instanceof Bought b) {
                    Running r = stock.computeIfAbsent(b.material(), k -> new Running());
                    r.grams += b.grams();
                    r.value += b.satang();
                }
            }
            for (Running r : stock.values()) {
                if (r.grams > 0) {
                    r.rateValue = r.value;
                    r.rateGrams = r.grams;
                }
            }
            Month month = new Month();
            boolean any = false;
            List<Movement> outs = new ArrayList<>(e.getValue());
            outs.sort(Comparator.comparing(StockValuation::order));
            for (Movement m : outs) {
                if (m instanceof Sold s) {
                    Running r = stock.computeIfAbsent(s.material(), k -> new Running());
                    long cost = r.costOut(s.grams());
                    r.grams -= s.grams();
                    r.value -= cost;
                    saleCosts.merge(s.saleId(), cost, Long::sum);
                    month.sales.add(s.saleId());
                    month.soldGrams += s.grams();
                    month.salesSatang += s.amount();
                    month.costSatang += cost;
                    any = true;
                } else if (m instanceof Adjusted a) {
                    Running r = stock.computeIfAbsent(a.material(), k -> new Running());
                    long cost = a.grams() < 0 ? -r.costOut(-a.grams()) : r.costOf(a.grams());
                    r.grams += a.grams();
                    r.value += cost;
                    if (a.target() != null) {
                        Running t = stock.computeIfAbsent(a.target(), k -> new Running());
                        t.grams -= a.grams();
                        t.value -= cost;
                    } else {
                        month.lostGrams -= a.grams();
                        month.lostSatang -= cost;
                        any = true;
                    }
                }
            }
            if (any) {
                months.put(e.getKey(), new MonthFigures(e.getKey(), month.sales.size(), month.soldGrams,
                        month.salesSatang, month.costSatang, month.lostGrams, month.lostSatang));
            }
        }
        SortedMap<String, Stock> out = new TreeMap<>();
        stock.forEach((code, r) -> out.put(code, new Stock(r.grams, r.value)));
        return new Result(out, saleCosts, months);
    }
}
