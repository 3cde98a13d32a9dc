package th.wastebank.server.sync;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.config.WbSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PushGateTest {
    private static final long ORG = 7;

    private static PushGate gate(int perDevice, int perOrg, Duration turnTimeout) {
        WbSettings settings = new WbSettings();
        settings.setPushesPerDevice(perDevice);
        settings.setPushesPerOrg(perOrg);
        settings.setPushTurnTimeout(turnTimeout);
        return new PushGate(settings);
    }

    private static DeviceCaller device(long org) {
        return new DeviceCaller(UUID.randomUUID(), org, "T" + org, "phone");
    }

    @Test
    void aThirdPushOfOneDeviceIsRefused429UntilOneOfItsTwoEnds() {
        PushGate gate = gate(2, 4, Duration.ofSeconds(1));
        DeviceCaller phone = device(ORG);
        PushGate.Pass first = gate.admit(phone);
        PushGate.Pass second = gate.admit(phone);
        ApiProblem refused = assertThrows(ApiProblem.class, () -> gate.admit(phone));
        assertEquals(429, refused.status());
        assertEquals("device-busy", refused.code());
        assertTrue(refused.retryAfter().toSeconds() >= 1);
        assertFalse(refused.toProblem().detailTh().isBlank());
        first.close();
        gate.admit(phone).close();
        second.close();
    }

    @Test
    void aFifthPushOfOneOrgIsRefusedWhileAnotherOrgIsLetIn() {
        PushGate gate = gate(2, 4, Duration.ofSeconds(1));
        PushGate.Pass[] four = new PushGate.Pass[4];
        for (int i = 0; i < 4; i++) {
            four[i] = gate.admit(device(ORG));
        }
        DeviceCaller fifth = device(ORG);
        ApiProblem refused = assertThrows(ApiProblem.class, () -> gate.admit(fifth));
        assertEquals("org-busy", refused.code());
        gate.admit(device(ORG + 1)).close();
        four[0].close();
        gate.admit(fifth).close();
        for (int i = 1; i < 4; i++) {
            four[i].close();
        }
        // the refused fifth device's place was given back: it may have two again
        gate.admit(fifth);
        gate.admit(fifth);
    }

    @Test
    void anOrgsPushesTakeTurnsAndOneThatWaitsTooLongIs503() throws Exception {
        PushGate gate = gate(2, 4, Duration.ofMillis(300));
        PushGate.Pass holder = gate.admit(device(ORG));
        holder.awaitTurn();
        PushGate.Pass waiter = gate.admit(device(ORG));
        // each push runs on a request thread of its own
        ApiProblem timedOut = CompletableFuture.supplyAsync(() -> {
            try (waiter) {
                return assertThrows(ApiProblem.class, waiter::awaitTurn);
            }
        }).get(5, TimeUnit.SECONDS);
        assertEquals(503, timedOut.status());
        assertEquals("org-turn-timeout", timedOut.code());
        assertTrue(timedOut.retryAfter() != null);

        PushGate.Pass next = gate.admit(device(ORG));
        CountDownLatch gotTurn = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            next.awaitTurn();
            gotTurn.countDown();
            next.close();
        });
        assertFalse(gotTurn.await(100, TimeUnit.MILLISECONDS), "not while the holder applies");
        holder.close();
        assertTrue(gotTurn.await(5, TimeUnit.SECONDS), "as soon as the holder is done");
        other.get(5, TimeUnit.SECONDS);
    }
}
