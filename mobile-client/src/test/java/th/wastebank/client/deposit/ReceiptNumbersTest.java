package th.wastebank.client.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.Settings;
import th.wastebank.client.testing.TestClient;
import th.wastebank.deposit.ReceiptNumber;

/**
 * Two phones of one bank weigh at the same time, offline: their receipts never share a number
 * (the issue saw "01A2447A" on two members' deposits a minute apart).
 */
class ReceiptNumbersTest {
    @Test
    void aThousandDepositsOnTwoPhonesWithinAMinuteNeverRepeatANumber(@TempDir Path tmp) throws Exception {
        try (TestClient phoneA = new TestClient(tmp.resolve("a")); TestClient phoneB = new TestClient(tmp.resolve("b"))) {
            // what pairing stores: the server gives the bank's first and second phone "AA" and "AB"
            new Settings(phoneA.ctx.store()).put(Settings.RECEIPT_CODE, ReceiptNumber.phoneCode(0));
            new Settings(phoneB.ctx.store()).put(Settings.RECEIPT_CODE, ReceiptNumber.phoneCode(1));
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<List<String>> a = pool.submit(() -> deposits(phoneA, 500));
            Future<List<String>> b = pool.submit(() -> deposits(phoneB, 500));
            List<String> numbers = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
            numbers.addAll(b.get(60, TimeUnit.SECONDS));
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;

            Set<String> distinct = new HashSet<>(numbers);
            assertEquals(1_000, numbers.size());
            assertEquals(1_000, distinct.size(), "no receipt number repeats");
            assertTrue(numbers.stream().allMatch(ReceiptNumber::isValid), numbers.toString());
            assertTrue(distinct.contains("AA-000001") && distinct.contains("AA-000500") && distinct.contains("AB-000500"));
            assertTrue(seconds < 60, "made within a minute: " + seconds + " s");
        }
    }

    @Test
    void theReceiptShowsTheSameNumberWhenOpenedAgainAndAnUnpairedPhoneKeepsTheOldNumber(@TempDir Path tmp) {
        try (TestClient phone = new TestClient(tmp)) {
            phone.price("PET_CLEAR", 800);
            Member m = phone.member("นางสมศรี ใจดี", "12", "หมู่ 4");
            DepositService.Receipt old = phone.ctx.deposits().record(m.id(), List.of(new LineDraft("PET_CLEAR", 1_000)));
            assertEquals(old.entryId().toString().substring(0, 8).toUpperCase(), old.number());

            new Settings(phone.ctx.store()).put(Settings.RECEIPT_CODE, "A7");
            UUID entry = phone.ctx.deposits().record(m.id(), List.of(new LineDraft("PET_CLEAR", 1_000))).entryId();

            assertEquals("A7-000001", phone.ctx.ledger().receiptNumber(entry));
            assertEquals(old.number(), phone.ctx.ledger().receiptNumber(old.entryId()), "old receipts keep their number");
        }
    }

    private static List<String> deposits(TestClient phone, int count) {
        phone.price("PET_CLEAR", 800);
        Member m = phone.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(phone.ctx.deposits().record(m.id(), List.of(new LineDraft("PET_CLEAR", 1_000 + i))).number());
        }
        return numbers;
    }
}
