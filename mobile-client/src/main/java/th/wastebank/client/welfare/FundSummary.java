package th.wastebank.client.welfare;

/**
 * The welfare fund as this phone knows it, each figure a sum of the fund's entries in satang, in
 * the shape of the server's {@code GET /api/v1/welfare} fund, so the two can be compared to the satang.
 *
 * @param paidOut  paid to claimants (a positive figure)
 * @param reversed the fund's reversal entries (levies given back, payouts or contributions taken back)
 */
public record FundSummary(long balance, long levied, long contributed, long paidOut, long reversed, long entries) {
}
