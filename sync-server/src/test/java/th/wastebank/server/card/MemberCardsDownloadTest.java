package th.wastebank.server.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.cards.CardSheetCheck;
import th.wastebank.member.MemberNumber;
import th.wastebank.member.MemberStatus;
import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class MemberCardsDownloadTest extends ServerTestBase {

    @Test
    void theOrgPageOffersTheCardsPdfWithOneQrCodePerMemberScanningToTheirNumber() {
        String org = TestOrgs.create("อบต.บัตรสมาชิก");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops();
        List<SyncOp> registered = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            registered.add(ops.member(Ops.newId(), "นางสมาชิก ที่ " + i));
        }
        api().pushStatuses(phone, registered);
        StaffClient officer = StaffClient.signIn(api(), "ORG", org);

        WebSession.Page page = officer.get("/web/orgs/" + org);
        assertTrue(page.body().contains("/web/orgs/" + org + "/member-cards.pdf"), page.body());
        WebSession.Page file = officer.get("/web/orgs/" + org + "/member-cards.pdf");
        assertEquals(200, file.status(), file.body());
        assertEquals("application/pdf", file.header("Content-Type"));
        CardSheetCheck.Sheet sheet = CardSheetCheck.read(file.bytes());
        assertEquals(2, sheet.pages(), "12 cards, ten to a page");
        List<String> expected = new ArrayList<>();
        for (long n = 1; n <= 12; n++) {
            expected.add(MemberNumber.format(n));
        }
        assertEquals(expected, sheet.qrTexts().stream().sorted().toList());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'MEMBER_CARDS_PDF_EXPORTED'"
                + " AND target = ?", org));
    }

    @Test
    void aMemberWhoDiedGetsNoCardButKeepsTheNumber() {
        String org = TestOrgs.create("อบต.บัตรไม่รวมผู้เสียชีวิต");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops();
        UUID gone = Ops.newId();
        LocalDate joined = LocalDate.of(2025, 6, 1);
        MemberUpsert alive = new MemberUpsert("นางทองใบ ใจงาม", "1", null,
                null, joined, 1);
        MemberUpsert died = new MemberUpsert("นายทองดี ใจงาม", "1", null, null,
                joined, 2).withStatus(MemberStatus.DECEASED, LocalDate.of(2026, 11, 1),
                null);
        api().pushStatuses(phone, List.of(ops.op(gone, new MemberUpsert("นายทองดี ใจงาม", "1",
                null, null, joined, 1)), ops.op(Ops.newId(), alive), ops.op(gone, died)));
        StaffClient officer = StaffClient.signIn(api(), "ORG", org);

        WebSession.Page file = officer.get("/web/orgs/" + org + "/member-cards.pdf");

        assertEquals(200, file.status(), file.body());
        assertEquals(List.of(MemberNumber.format(2)), CardSheetCheck.read(file.bytes()).qrTexts(),
                "only the living member's card; the one who died keeps number 1");
    }

    @Test
    void staffOfAnotherAreaCannotDownloadTheCardsAndAnUnknownOrgIsNotFound() {
        String org = TestOrgs.create("อบต.บัตรของผู้อื่น");
        String elsewhere = TestOrgs.create("อบต.อีกอำเภอ", "360101");
        api().pushStatuses(api().pair(org), List.of(new Ops().member(UUID.randomUUID(), "นายไม่ให้ดู")));
        StaffClient stranger = StaffClient.signIn(api(), "ORG", elsewhere);
        assertEquals(403, stranger.get("/web/orgs/" + org + "/member-cards.pdf").status());
        assertEquals(404, stranger.get("/web/orgs/TNOSUCHORG/member-cards.pdf").status());
    }
}
