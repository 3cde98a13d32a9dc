package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.committee.Approved;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A duplicate merged on one phone while a second phone, offline, takes a deposit for the duplicate:
 * the real server applies both, flags the late deposit MERGED_MEMBER_ACTIVITY, and after every phone
 * has synced, both phones and the server agree on every balance to the satang; the committee's second
 * merge of the remainder then leaves the duplicate at zero everywhere.
 */
class MergeSyncTest extends OnRunningServer {
    private static void agree(ClientContext phoneA, ClientContext phoneB, Member... members) {
        for (Member m : members) {
            assertEquals(Db.memberSavings(m.id()), phoneA.ledger().balance(m.id()), "phone A, " + m.name());
            assertEquals(Db.memberSavings(m.id()), phoneB.ledger().balance(m.id()), "phone B, " + m.name());
        }
    }

    @Test
    void aMergeOnOnePhoneAndAnOfflineDepositForTheDuplicateOnAnotherAgreeEverywhereAfterSync(
            @TempDir Path phoneADir, @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.รวมบัญชีสองเครื่อง");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            LocalDate today = LocalDate.now(Dates.THAI);
            phoneA.prices().set("PET_CLEAR", 800, today, null);
            Member kept = phoneA.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", "หมู่ 4", null,
                    today.minusYears(1)));
            Member duplicate = phoneA.members().register(new MemberService.Draft("นางสมศรี ใจดี (ซ้ำ)", "12",
                    "หมู่ที่ 4", null, today.minusMonths(1)));
            phoneA.deposits().record(duplicate.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500)));
            phoneA.deposits().record(kept.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 1_000)));
            phoneA.sync().syncOnce();
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            phoneB.sync().syncOnce();
            assertEquals(10_000, phoneB.ledger().balance(duplicate.id()));

            // offline at once: phone A merges; phone B, which has not heard, takes 20 baht for the duplicate
            Approved two = Approved.byNames("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");
            phoneA.moves().merge(duplicate.id(), kept.id(), two);
            phoneB.deposits().record(duplicate.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 2_500)));
            assertEquals(10_800, phoneA.ledger().balance(kept.id()), "phone A shows the merge at once");

            phoneA.sync().syncOnce();
            phoneB.sync().syncOnce();
            phoneA.sync().syncOnce();

            assertEquals(0, phoneA.outbox().rejectedCount() + phoneB.outbox().rejectedCount(), "nothing refused");
            assertEquals(1, Db.flags(org, "MERGED_MEMBER_ACTIVITY"), "the late deposit is flagged");
            assertEquals(10_800, Db.memberSavings(kept.id()));
            assertEquals(2_000, Db.memberSavings(duplicate.id()), "the deposit was applied as it was made");
            agree(phoneA, phoneB, kept, duplicate);
            assertEquals(List.of("นางสมศรี ใจดี"), phoneB.members().search("สมศรี", 10).stream()
                    .map(Member::name).toList(), "phone B no longer offers the duplicate");

            // the committee merges the remainder again
            phoneA.moves().merge(duplicate.id(), kept.id(), two);
            phoneA.sync().syncOnce();
            phoneB.sync().syncOnce();
            assertEquals(0, phoneA.outbox().rejectedCount());
            assertEquals(12_800, Db.memberSavings(kept.id()));
            assertEquals(0, Db.memberSavings(duplicate.id()));
            agree(phoneA, phoneB, kept, duplicate);
        }
    }
}
