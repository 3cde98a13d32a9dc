package th.wastebank.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.testing.FreshPhoneTest;
import th.wastebank.price.PriceSet;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.Reason;
import th.wastebank.validation.ReasonCode;

/** The outbox, not the screen that saved, tells the sync engine there is something to send. */
class OutboxListenerTest extends FreshPhoneTest {
    @Test
    void aSavedDepositWakesTheSyncEngineWithItsCountAlreadyCommitted() {
        StoreFixture.priceBoard(client.ctx);
        Member m = StoreFixture.member(client.ctx, "นางส่ง ทันที");
        AtomicInteger pendingWhenTold = new AtomicInteger(-1);
        client.ctx.outbox().addListener(() -> pendingWhenTold.set(client.ctx.outbox().pendingCount()));

        client.ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 1_000)));

        assertEquals(5, pendingWhenTold.get(), "told after the commit: three prices, the member, the deposit");
        assertEquals(5, client.ctx.sync().status().pending(), "the engine re-read its counts without a nudge");
    }

    @Test
    void aWriteThatRollsBackTellsNoOne() {
        AtomicInteger told = new AtomicInteger();
        client.ctx.outbox().addListener(told::incrementAndGet);

        assertThrows(IllegalStateException.class, () -> client.ctx.store().write(c -> {
            Outbox.add(c, UUID.randomUUID(), UUID.randomUUID(), new PriceSet("PET_CLEAR", 800,
                    client.today(), null, null), StoreFixture.NOW);
            throw new IllegalStateException("the rest of the save failed");
        }));

        assertEquals(0, told.get());
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void retryingAndGivingUpARefusedOpAreHeardToo() {
        StoreFixture.priceBoard(client.ctx);
        List<OutboxOp> sent = client.ctx.outbox().pending(10);
        client.ctx.outbox().applyResults(sent, sent.stream()
                .map(op -> OpResult.rejected(op.opId(), Reason.of(ReasonCode.UNKNOWN_MEMBER))).toList());
        AtomicInteger told = new AtomicInteger();
        client.ctx.outbox().addListener(told::incrementAndGet);

        client.ctx.outbox().retry(sent.get(0).seq());
        client.ctx.outbox().discard(sent.get(1).seq());

        assertEquals(2, told.get());
        assertEquals(SyncState.PENDING, client.ctx.outbox().pending(10).get(0).state());
    }
}
