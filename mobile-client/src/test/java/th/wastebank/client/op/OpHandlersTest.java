package th.wastebank.client.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.client.member.MemberUpsertHandler;
import th.wastebank.sync.OpType;

class OpHandlersTest {
    @Test
    void anOpTypeWithoutAHandlerStopsTheAppFromStarting() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OpHandlers(List.of(new MemberUpsertHandler())));

        assertTrue(e.getMessage().startsWith("no handler for "), e.getMessage());
    }

    @Test
    void twoHandlersForOneOpTypeAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new OpHandlers(List.of(new MemberUpsertHandler(), new MemberUpsertHandler())));

        assertEquals("two handlers for " + OpType.MEMBER_UPSERT, e.getMessage());
    }
}
