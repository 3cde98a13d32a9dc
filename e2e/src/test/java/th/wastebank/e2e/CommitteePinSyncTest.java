package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.committee.ApprovalRefused;
import th.wastebank.client.committee.Approved;
import th.wastebank.client.committee.CommitteeMember;
import th.wastebank.client.committee.CommitteeService;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee roster and PINs end to end: a phone enters its committee and their PINs with no
 * signal; a withdrawal approved with a wrong PIN is refused on the phone and leaves nothing to
 * send; approved with the right PINs it reaches the real server with both roster ids, and the
 * server, which finds both on the committee that day, flags nothing. A second phone pulls the
 * roster but none of the PINs.
 */
class CommitteePinSyncTest extends OnRunningServer {
    @Test
    void aWithdrawalWithAWrongPinIsRefusedOnThePhoneAndWithTheRightPinsReachesTheServerUnflagged(
            @TempDir Path phoneADir, @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.กรรมการมีรหัส");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            LocalDate today = LocalDate.now(Dates.THAI);
            phoneA.prices().set("PET_CLEAR", 800, today, null);
            Member somsri = phoneA.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", "หมู่ 4", null,
                    today.minusYears(1)));
            phoneA.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500)));
            CommitteeMember chair = phoneA.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR",
                    today.minusYears(1), null));
            CommitteeMember treasurer = phoneA.committee().add(new CommitteeService.Draft("นางสมหญิง เหรัญญิก",
                    "TREASURER", today.minusYears(1), null));
            phoneA.pins().set(chair.id(), null, "1357");
            phoneA.pins().set(treasurer.id(), null, "2468");
            int before = phoneA.outbox().pendingCount();

            ApprovalRefused wrong = assertThrows(ApprovalRefused.class,
                    () -> phoneA.approvals().approve(chair.id(), "1357", treasurer.id(), "8642", today));
            assertEquals("pin.wrong", wrong.key());
            assertEquals(1, wrong.approver(), "the treasurer's PIN was the wrong one");
            assertEquals(before, phoneA.outbox().pendingCount(), "nothing was saved");
            assertEquals(10_000, phoneA.ledger().balance(somsri.id()));

            Approved approved = phoneA.approvals().approve(chair.id(), "1357", treasurer.id(), "2468", today);
            phoneA.withdrawals().record(somsri.id(), 2_000, approved);
            phoneA.sync().syncOnce();

            assertEquals(0, phoneA.outbox().pendingCount());
            assertEquals(0, phoneA.outbox().rejectedCount(), "the server refused nothing");
            assertEquals(8_000, Db.savings(org));
            assertEquals(2, Db.count("SELECT COUNT(*) FROM committee_member m JOIN org o ON o.id = m.org_id"
                    + " WHERE o.code = ?", org));
            String payload = Db.string("SELECT s.payload FROM sync_op s JOIN org o ON o.id = s.org_id"
                    + " WHERE o.code = ? AND s.type = 'withdrawal.record'", org);
            assertTrue(payload.contains(chair.id().toString()) && payload.contains(treasurer.id().toString()), payload);
            assertEquals(0, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id"
                    + " WHERE o.code = ?", org), "both were on the committee that day");

            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            phoneB.sync().syncOnce();
            assertEquals(List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก"),
                    phoneB.committee().list().stream().map(CommitteeMember::name).toList());
            assertFalse(phoneB.committee().list().stream().anyMatch(CommitteeMember::hasPin),
                    "PINs never leave the phone that set them");
        }
    }
}
