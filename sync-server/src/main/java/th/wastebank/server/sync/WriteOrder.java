package th.wastebank.server.sync;

/**
 * The order in which a push's feature states load and write their rows ({@link BatchState#order()}):
 * rows are written after the rows they refer to, and every push of every org takes its row locks
 * in this one order. Adding a feature state means adding its constant here, at its place.
 */
public enum WriteOrder {
    /**
     * The อปท.'s villages: a push may carry a new village and a member who lives in it, so the village
     * is written first (members name it by its หมู่ที่ number, not by key).
     */
    VILLAGES,
    /** Members, whom entries and claims name. */
    MEMBERS,
    /** The org's price board, which deposits are priced by. */
    PRICES,
    /** Ledger entries (deposits, withdrawals, reversals, welfare money). */
    LEDGER,
    /** Upcycled products, which milestones name. */
    PRODUCTS,
    /**
     * Milestones and the org's progress row. It tied with {@link #WELFARE} before the order had
     * names (both were 50, and a push wrote whichever it had touched first); the two write
     * unrelated tables, so the fixed order changes no row: progress first, as it had the place first.
     */
    PROGRESS,
    /** Welfare schemes, claims, levy runs, payouts and the monthly welfare totals. */
    WELFARE,
    /** The monthly totals of deposits, withdrawals and materials, counted from the entries above. */
    ROLLUPS,
    /** Review flags, which point at rows written above. */
    REVIEW_FLAGS,
    /**
     * Buyers, sales and stock adjustments. Nothing above refers to them by key (a sale's review flag
     * names it by id only), so they come last and changed no other state's place.
     */
    SALES,
    /** The committee roster: no row refers to it by key, so it comes last and the order above stays as it was. */
    COMMITTEE,
    /** Year-end dividend runs: their money is in the ledger above; nothing refers to them by key. */
    DIVIDENDS,
    /**
     * Checks against the margin (margin runs, dividends) that read every row written above, this
     * push's deposits and sales included, and write their review flags themselves.
     */
    MARGIN_CHECKS
}
