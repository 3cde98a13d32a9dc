package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.member.MemberStatus;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A member who died, end to end: the chair's phone records the death while the treasurer's phone,
 * with no signal, corrects the member's phone number from what it knew before. After both sync, the
 * real server and both phones agree: the member died (the treasurer's edit did not bring her back),
 * with the new phone number; neither phone counts her, and her savings are intact.
 */
class MemberLeavesSyncTest extends OnRunningServer {
    @Test
    void aDeathRecordedOnOnePhoneSurvivesAnOfflineEditOnTheOther(@TempDir Path chairDir, @TempDir Path treasurerDir)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.สมาชิกเสียชีวิตสองเครื่อง");
        try (ClientContext chair = phone(chairDir);
             ClientContext treasurer = phone(treasurerDir)) {
            chair.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            treasurer.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            LocalDate today = LocalDate.now(Dates.THAI);
            chair.prices().set("PET_CLEAR", 800, today, null);
            Member somsri = chair.members().register(new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4", null,
                    today.minusYears(1)));
            chair.members().register(new MemberService.Draft("นายบุญมี มีสุข", "8", "หมู่ 4", null, today.minusYears(1)));
            chair.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500)));
            chair.sync().syncOnce();
            treasurer.sync().syncOnce();

            // the chair records the death; the treasurer, offline, corrects her phone number
            chair.members().edit(somsri.id(), new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4", null,
                    today.minusYears(1), null, MemberStatus.DECEASED, today, "ทายาทคือนายสมชาย ใจดี"));
            treasurer.members().edit(somsri.id(), new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4",
                    "081-234-5678", today.minusYears(1)));
            assertEquals(0, chair.sync().syncOnce().rejected());
            assertEquals(0, treasurer.sync().syncOnce().rejected());
            chair.sync().syncOnce();

            for (ClientContext phone : List.of(chair, treasurer)) {
                Member seen = phone.members().get(somsri.id()).orElseThrow();
                assertEquals(MemberStatus.DECEASED, seen.standing().status());
                assertEquals(today, seen.leftOn());
                assertEquals("ทายาทคือนายสมชาย ใจดี", seen.standing().note());
                assertEquals("081-234-5678", seen.phone());
                assertEquals(new MemberService.Counts(1, 1), phone.members().counts());
                assertEquals(10_000, phone.ledger().balance(somsri.id()), "her savings stay hers until paid out");
            }
            assertEquals("DECEASED 081-234-5678", Db.string("SELECT CONCAT_WS(' ', m.status, m.phone) FROM member m"
                    + " JOIN org o ON o.id = m.org_id WHERE o.code = ? AND m.name = 'นางสมศรี ใจดี'", org));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id"
                    + " WHERE o.code = ? AND f.kind = 'MEMBER_CONFLICT'", org), "the committee is asked to check");
        }
    }
}
