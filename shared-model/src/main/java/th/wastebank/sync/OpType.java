package th.wastebank.sync;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of op a device can push; {@link #wire()} is the contract's {@code type} string. */
public enum OpType {
    MEMBER_UPSERT("member.upsert"),
    PRICE_SET("price.set"),
    DEPOSIT_RECORD("deposit.record"),
    WITHDRAWAL_RECORD("withdrawal.record"),
    ENTRY_REVERSE("entry.reverse"),
    PRODUCT_UPSERT("product.upsert"),
    MILESTONE_RECORD("milestone.record"),
    WELFARE_SCHEME_UPSERT("welfare.scheme.upsert"),
    WELFARE_CLAIM_FILE("welfare.claim.file"),
    WELFARE_LEVY_RUN("welfare.levy.run"),
    WELFARE_PAYOUT_RECORD("welfare.payout.record"),
    WELFARE_FUND_CONTRIBUTE("welfare.fund.contribute"),
    BUYER_UPSERT("buyer.upsert"),
    SALE_RECORD("sale.record"),
    STOCK_ADJUST("stock.adjust"),
    COMMITTEE_UPSERT("committee.upsert"),
    WELFARE_MARGIN_RUN("welfare.margin.run"),
    DIVIDEND_RUN("dividend.run"),
    VILLAGE_UPSERT("village.upsert"),
    SALE_VOID("sale.void"),
    SAVINGS_TRANSFER("savings.transfer"),
    MEMBER_MERGE("member.merge");

    private final String wire;

    OpType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<OpType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    /** True for ops that create a ledger entry whose id is the op's entityId. */
    public boolean createsEntry() {
        return this == DEPOSIT_RECORD || this == WITHDRAWAL_RECORD || this == ENTRY_REVERSE
                || this == WELFARE_LEVY_RUN || this == WELFARE_PAYOUT_RECORD || this == WELFARE_FUND_CONTRIBUTE
                || this == WELFARE_MARGIN_RUN || this == DIVIDEND_RUN
                || this == SAVINGS_TRANSFER || this == MEMBER_MERGE;
    }
}
