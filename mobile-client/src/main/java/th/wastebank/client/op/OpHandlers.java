package th.wastebank.client.op;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import th.wastebank.sync.OpType;

/**
 * Every op type's handler, filled once by the app's wiring. It must know every op type this
 * version of the app can make or pull, so a new op type without a handler fails when the app
 * starts (the {@code switch}es it replaces failed to compile).
 */
public final class OpHandlers {
    private final Map<OpType, OpHandler> byType = new EnumMap<>(OpType.class);

    public OpHandlers(Collection<? extends OpHandler> handlers) {
        for (OpHandler h : handlers) {
            if (byType.put(h.type(), h) != null) {
                throw new IllegalStateException("two handlers for " + h.type());
            }
        }
        for (OpType t : OpType.values()) {
            if (!byType.containsKey(t)) {
                throw new IllegalStateException("no handler for " + t);
            }
        }
    }

    /** The handler of the op type named {@code wire}; empty for a newer server's type this app does not know. */
    public Optional<OpHandler> of(String wire) {
        return OpType.fromWire(wire).map(byType::get);
    }
}
