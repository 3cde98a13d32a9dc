package th.wastebank.client.welfare;

/**
 * What the committee should know before paying a claim: the scheme's amount for it, what was paid
 * on it already and what the fund holds. Each is a warning, never a refusal: cash that was handed
 * over is recorded, and the server flags it for review as well.
 *
 * @param ruleAmount the scheme's payout for this claim ({@code payoutFor(days)})
 */
public record PayoutCheck(long ruleAmount, long paidBefore, long fundBalance, long amount) {
    public boolean aboveFund() {
        return amount > fundBalance;
    }

    public boolean alreadyPaid() {
        return paidBefore > 0;
    }

    public boolean aboveRule() {
        return paidBefore + amount > ruleAmount;
    }
}
