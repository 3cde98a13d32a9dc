package th.wastebank.transfer;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why savings move from one member to another ({@link SavingsTransfer}). An enum so that more
 * reasons can be added at the end; {@link #wire()} is the payload's {@code reason} and never changes.
 */
public enum TransferReason {
    /** The balance of a member who died or left goes to their heir, who is a member. */
    HEIR("heir", "ทายาทรับเงินออม");

    private final String wire;
    private final String nameTh;

    TransferReason(String wire, String nameTh) {
        this.wire = wire;
        this.nameTh = nameTh;
    }

    public String wire() {
        return wire;
    }

    public String nameTh() {
        return nameTh;
    }

    public static Optional<TransferReason> parse(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire.equals(wire)).findFirst();
    }
}
