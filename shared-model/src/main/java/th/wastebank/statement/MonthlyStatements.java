package th.wastebank.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.material.Material;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.sale.StockValuation;

/**
 * Makes the committee's monthly statement from a bank's books. A balance is the sum of every savings
 * entry up to the month's last day (reversals included); the month's deposits are its deposit
 * entries; sales are grouped by buyer; the stock and margin are {@link StockValuation}'s over the
 * movements up to the month's end; the fund is the welfare account's entries.
 */
public final class MonthlyStatements {
    private MonthlyStatements() {
    }

    public static MonthlyStatement of(BankBooks books, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<UUID, long[]> balance = new HashMap<>();
        Map<UUID, long[]> deposits = new HashMap<>();
        long withdrawals = 0;
        long fundBefore = 0;
        long fundIn = 0;
        long fundOut = 0;
        for (BankBooks.Entry e : books.entries()) {
            if (e.day().isAfter(last)) {
                continue;
            }
            boolean inMonth = !e.day().isBefore(first);
            if (e.account() == Account.MEMBER_SAVINGS.code() && e.memberId() != null) {
                balance.computeIfAbsent(e.memberId(), k -> new long[1])[0] += e.amount();
                if (inMonth && e.standingSavings(EntryKind.DEPOSIT)) {
                    long[] d = deposits.computeIfAbsent(e.memberId(), k -> new long[3]);
                    d[0]++;
                    d[1] += e.grams();
                    d[2] += e.amount();
                }
                if (inMonth && e.standingSavings(EntryKind.WITHDRAWAL)) {
                    withdrawals -= e.amount();
                }
            } else if (e.account() == Account.WELFARE_FUND.code()) {
                if (!inMonth) {
                    fundBefore += e.amount();
                } else if (e.amount() >= 0) {
                    fundIn += e.amount();
                } else {
                    fundOut -= e.amount();
                }
            }
        }
        List<MonthlyStatement.MemberBalance> balances = new ArrayList<>();
        List<MonthlyStatement.MemberDeposits> byMember = new ArrayList<>();
        long savings = 0;
        long depositGrams = 0;
        long depositSatang = 0;
        List<BankBooks.Member> members = new ArrayList<>(books.members());
        members.sort(Comparator.comparing(BankBooks.Member::name).thenComparing(m -> m.id().toString()));
        for (BankBooks.Member m : members) {
            long b = balance.getOrDefault(m.id(), new long[1])[0];
            boolean goneAndPaidOut = m.leftOn() != null && !m.leftOn().isAfter(last) && b == 0;
            if (!goneAndPaidOut) {
                balances.add(new MonthlyStatement.MemberBalance(m.number(), m.name(), b));
            }
            savings += b;
            long[] d = deposits.get(m.id());
            if (d != null) {
                byMember.add(new MonthlyStatement.MemberDeposits(m.number(), m.name(), d[0], d[1], d[2]));
                depositGrams += d[1];
                depositSatang += d[2];
            }
        }
        Map<String, long[]> byBuyer = new LinkedHashMap<>();
        Set<UUID> voided = StockValuation.voided(books.stockMoves());
        books.sales().stream().filter(s -> YearMonth.from(s.day()).equals(month) && !voided.contains(s.id()))
                .sorted(Comparator.comparing(BankBooks.Sale::buyerName))
                .forEach(s -> {
                    long[] t = byBuyer.computeIfAbsent(s.buyerName(), k -> new long[3]);
                    t[0]++;
                    t[1] += s.grams();
                    t[2] += s.satang();
                });
        List<MonthlyStatement.BuyerSales> sales = new ArrayList<>();
        long saleCount = 0;
        long saleGrams = 0;
        long saleSatang = 0;
        for (Map.Entry<String, long[]> b : byBuyer.entrySet()) {
            long[] t = b.getValue();
            sales.add(new MonthlyStatement.BuyerSales(b.getKey(), t[0], t[1], t[2]));
            saleCount += t[0];
            saleGrams += t[1];
            saleSatang += t[2];
        }
        StockValuation.Result valued = StockValuation.of(books.stockMoves().stream()
                .filter(mv -> !mv.month().isAfter(month)).toList());
        List<MonthlyStatement.StockLine> stock = new ArrayList<>();
        long stockValue = 0;
        for (Map.Entry<String, StockValuation.Stock> s : valued.stock().entrySet()) {
            if (s.getValue().grams() == 0 && s.getValue().value() == 0) {
                continue;
            }
            stock.add(new MonthlyStatement.StockLine(s.getKey(), MaterialCatalogue.find(s.getKey())
                    .map(Material::nameTh).orElse(s.getKey()), s.getValue().grams(), s.getValue().value()));
            stockValue += s.getValue().value();
        }
        StockValuation.MonthFigures f = valued.month(month);
        return new MonthlyStatement(books.bankName(), month, last, balances, savings, byMember, depositGrams,
                depositSatang, withdrawals, sales, saleCount, saleGrams, saleSatang, f.costSatang(), f.marginSatang(),
                stock, stockValue, new MonthlyStatement.Fund(fundBefore, fundIn, fundOut, fundBefore + fundIn - fundOut));
    }
}
