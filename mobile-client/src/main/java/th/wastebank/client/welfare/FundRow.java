package th.wastebank.client.welfare;

import th.wastebank.client.ledger.LedgerEntry;

/**
 * One line of the fund's history: the entry and what it was.
 *
 * @param title      a levy's reason, the scheme a payout was for, a contribution's note, a reversal's reason
 * @param memberName whom a payout went to
 * @param members    how many members a levy debited
 * @param source     where a contribution came from ({@code SALE_MARGIN}, {@code DONATION}, {@code OTHER})
 */
public record FundRow(LedgerEntry entry, String title, String memberName, Integer members, String source) {
}
