package th.wastebank.sync;

import java.util.UUID;

/** The server's answer to one op of a push; {@code reason} is set exactly when REJECTED. */
public record OpResult(UUID opId, OpStatus status, Reason reason) {
    public static OpResult applied(UUID opId) {
        return new OpResult(opId, OpStatus.APPLIED, null);
    }

    public static OpResult duplicate(UUID opId) {
        return new OpResult(opId, OpStatus.DUPLICATE, null);
    }

    public static OpResult rejected(UUID opId, Reason reason) {
        return new OpResult(opId, OpStatus.REJECTED, reason);
    }
}
