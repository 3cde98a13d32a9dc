package th.wastebank.client.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;

class LedgerTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member member;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        member = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void balanceAfterAnEntryCountsOnlyThatEntryAndTheOnesBefore() {
        UUID first = client.ctx.deposits().record(member.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
        client.clock.advance(Duration.ofMinutes(5));
        UUID second = client.ctx.deposits().record(member.id(), List.of(new LineDraft("PET_CLEAR", 1000))).entryId();
        client.clock.advance(Duration.ofMinutes(5));
        client.ctx.withdrawals().record(member.id(), 500, "กรรมการ ก", "กรรมการ ข");

        assertEquals(2000, client.ctx.ledger().balanceAfter(first));
        assertEquals(2800, client.ctx.ledger().balanceAfter(second));
        assertEquals(2300, client.ctx.ledger().balance(member.id()));
    }

    @Test
    void entriesAtTheSameMomentAreOrderedById() {
        UUID first = client.ctx.deposits().record(member.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
        UUID second = client.ctx.deposits().record(member.id(), List.of(new LineDraft("PET_CLEAR", 1000))).entryId();

        assertEquals(2000, client.ctx.ledger().balanceAfter(first));
        assertEquals(2800, client.ctx.ledger().balanceAfter(second));
    }

    @Test
    void balanceAfterAnUnknownEntryIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> client.ctx.ledger().balanceAfter(UUID.randomUUID()));
    }
}
