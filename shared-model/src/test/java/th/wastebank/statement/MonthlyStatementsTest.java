package th.wastebank.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sale.StockValuation;
import th.wastebank.year.FiscalYear;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The monthly statement's and the fiscal year's figures from a small bank's books. */
class MonthlyStatementsTest {
    private static final UUID SOMCHAI = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID MALI = UUID.fromString("0190a000-0000-7000-8000-000000000002");
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    private static BankBooks books() {
        int sav = Account.MEMBER_SAVINGS.code();
        int fund = Account.WELFARE_FUND.code();
        return new BankBooks("ธนาคารขยะบ้านนา", List.of(new BankBooks.Member(SOMCHAI, "สมชาย", "7"),
                new BankBooks.Member(MALI, "มะลิ", "3")), List.of(
                new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), SOMCHAI, 1_234, 2_500, LocalDate.of(2026, 9, 30)),
                new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), SOMCHAI, 2_005, 4_010, LocalDate.of(2026, 10, 1)),
                new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), MALI, 1_001, 2_002, LocalDate.of(2026, 10, 31)),
                new BankBooks.Entry(sav, EntryKind.WITHDRAWAL.code(), SOMCHAI, -500, 0, LocalDate.of(2026, 10, 15)),
                new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), MALI, 9_999, 9_000, LocalDate.of(2026, 11, 1)),
                new BankBooks.Entry(sav, EntryKind.WELFARE_LEVY.code(), MALI, -100, 0, LocalDate.of(2026, 10, 20)),
                new BankBooks.Entry(fund, EntryKind.WELFARE_LEVY.code(), null, 100, 0, LocalDate.of(2026, 10, 20)),
                new BankBooks.Entry(fund, EntryKind.WELFARE_CONTRIBUTION.code(), null, 5_000, 0, LocalDate.of(2026, 9, 1)),
                new BankBooks.Entry(fund, EntryKind.WELFARE_PAYOUT.code(), null, -2_000, 0, LocalDate.of(2026, 10, 2))),
                List.of(new BankBooks.Sale(UUID.randomUUID(), LocalDate.of(2026, 10, 5), "กรีนไลน์", 3_000, 600),
                        new BankBooks.Sale(UUID.randomUUID(), LocalDate.of(2026, 10, 6), "กรีนไลน์", 1_000, 200),
                        new BankBooks.Sale(UUID.randomUUID(), LocalDate.of(2026, 11, 6), "กรีนไลน์", 1_000, 200)),
                List.of(new StockValuation.Bought(YearMonth.of(2026, 9), "PET_CLEAR", 10_000, 1_000),
                        new StockValuation.Sold(OCT, UUID.randomUUID(), "PET_CLEAR", 4_000, 800),
                        new StockValuation.Sold(YearMonth.of(2026, 11), UUID.randomUUID(), "PET_CLEAR", 1_000, 200)));
    }

    @Test
    void balancesAtTheMonthsEndDepositsSalesStockMarginAndFundOfTheMonthOnly() {
        MonthlyStatement s = MonthlyStatements.of(books(), OCT);
        assertEquals(List.of(new MonthlyStatement.MemberBalance("3", "มะลิ", 901),
                new MonthlyStatement.MemberBalance("7", "สมชาย", 2_739)), s.balances());
        assertEquals(3_640, s.savingsTotal());
        assertEquals(List.of(new MonthlyStatement.MemberDeposits("3", "มะลิ", 1, 2_002, 1_001),
                new MonthlyStatement.MemberDeposits("7", "สมชาย", 1, 4_010, 2_005)), s.deposits());
        assertEquals(3_006, s.depositSatang());
        assertEquals(6_012, s.depositGrams());
        assertEquals(500, s.withdrawalSatang());
        assertEquals(List.of(new MonthlyStatement.BuyerSales("กรีนไลน์", 2, 4_000, 800)), s.sales());
        assertEquals(List.of(new MonthlyStatement.StockLine("PET_CLEAR", "ขวดพลาสติกใส", 6_000, 600)), s.stock());
        assertEquals(400, s.costSatang());
        assertEquals(400, s.marginSatang());
        assertEquals(new MonthlyStatement.Fund(5_000, 100, 2_000, 3_100), s.fund());
    }

    @Test
    void aMemberWhoLeftIsListedWhileSavingsAreLeftAndNotOncePaidOut() {
        UUID gone = UUID.fromString("0190a000-0000-7000-8000-000000000003");
        int sav = Account.MEMBER_SAVINGS.code();
        BankBooks b = books();
        List<BankBooks.Member> members = new java.util.ArrayList<>(b.members());
        members.add(new BankBooks.Member(gone, "ทองดี", "9", LocalDate.of(2026, 10, 12)));
        List<BankBooks.Entry> entries = new java.util.ArrayList<>(b.entries());
        entries.add(new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), gone, 700, 1_000, LocalDate.of(2026, 9, 2)));
        entries.add(new BankBooks.Entry(sav, EntryKind.WITHDRAWAL.code(), gone, -700, 0, LocalDate.of(2026, 11, 3)));
        BankBooks withLeaver = new BankBooks(b.bankName(), members, entries, b.sales(), b.stockMoves());

        assertEquals(List.of("ทองดี", "มะลิ", "สมชาย"), MonthlyStatements.of(withLeaver, OCT).balances().stream()
                .map(MonthlyStatement.MemberBalance::name).toList(), "died in October, paid out in November");
        assertEquals(List.of("มะลิ", "สมชาย"), MonthlyStatements.of(withLeaver, YearMonth.of(2026, 11)).balances()
                .stream().map(MonthlyStatement.MemberBalance::name).toList(), "paid out: no longer listed");
    }

    @Test
    void aDepositOrWithdrawalUndoneByAReversalIsNotCountedAmongTheMonthsOrTheYearsButItsMoneyStaysCancelled() {
        int sav = Account.MEMBER_SAVINGS.code();
        BankBooks b = books();
        List<BankBooks.Entry> entries = new java.util.ArrayList<>(b.entries());
        entries.add(new BankBooks.Entry(sav, EntryKind.DEPOSIT.code(), MALI, 5_000, 7_000, LocalDate.of(2026, 10, 3),
                true));
        entries.add(new BankBooks.Entry(sav, EntryKind.REVERSAL.code(), MALI, -5_000, 0, LocalDate.of(2026, 11, 2)));
        entries.add(new BankBooks.Entry(sav, EntryKind.WITHDRAWAL.code(), MALI, -300, 0, LocalDate.of(2026, 10, 4),
                true));
        entries.add(new BankBooks.Entry(sav, EntryKind.REVERSAL.code(), MALI, 300, 0, LocalDate.of(2026, 10, 4)));
        BankBooks withMistakes = new BankBooks(b.bankName(), b.members(), entries, b.sales(), b.stockMoves());

        MonthlyStatement plain = MonthlyStatements.of(books(), OCT);
        MonthlyStatement s = MonthlyStatements.of(withMistakes, OCT);
        assertEquals(plain.deposits(), s.deposits(), "the deposit weighed twice is not a deposit of October");
        assertEquals(plain.depositGrams(), s.depositGrams());
        assertEquals(plain.withdrawalSatang(), s.withdrawalSatang());
        assertEquals(plain.savingsTotal() + 5_000, s.savingsTotal(), "its reversal falls in November");
        assertEquals(MonthlyStatements.of(books(), YearMonth.of(2026, 11)).savingsTotal(),
                MonthlyStatements.of(withMistakes, YearMonth.of(2026, 11)).savingsTotal(), "both undone by November");
        FiscalYear y2570 = new FiscalYear(2570);
        assertEquals(FiscalTotals.of(books(), y2570), FiscalTotals.of(withMistakes, y2570));
    }

    @Test
    void fiscalYearsRunFromOctoberToSeptemberAndAreNamedByTheBuddhistYearTheyEndIn() {
        FiscalYear fy = FiscalYear.of(LocalDate.of(2026, 10, 1));
        assertEquals("ปีงบประมาณ 2570", fy.nameTh());
        assertEquals(LocalDate.of(2026, 10, 1), fy.first());
        assertEquals(LocalDate.of(2027, 9, 30), fy.last());
        assertEquals(2569, FiscalYear.of(LocalDate.of(2026, 9, 30)).buddhistYear());
        List<FiscalTotals> both = FiscalTotals.currentAndPrevious(books(), fy);
        assertEquals(List.of("ปีงบประมาณ 2570", "ปีงบประมาณ 2569"), both.stream().map(t -> t.year().nameTh()).toList());
        assertEquals(List.of(3L, 15_012L, 13_005L, 1L, 500L, 2L, 5_000L, 1_000L, 500L, 100L, 2_000L), figures(both.get(0)));
        assertEquals(List.of(1L, 2_500L, 1_234L, 0L, 0L, 0L, 0L, 0L, 0L, 5_000L, 0L), figures(both.get(1)));
    }

    private static List<Long> figures(FiscalTotals t) {
        return List.of(t.depositCount(), t.depositGrams(), t.depositSatang(), t.withdrawalCount(), t.withdrawalSatang(),
                t.saleCount(), t.saleGrams(), t.saleSatang(), t.marginSatang(), t.fundInSatang(), t.fundOutSatang());
    }
}
