package th.wastebank.server.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

/**
 * Members who move away, die or leave, through the real push API and the real pages: kept as the
 * member's edit, counted in ๑.๓ and on the dashboard only until the day they left, and their
 * village counted once however it was written.
 */
@SharedServer
class MembersWhoLeaveTest extends ServerTestBase {
    private static final String DISTRICT = "3601";
    private static final LocalDate JOINED = LocalDate.of(2025, 6, 1);

    private String org;
    private Api.Device phone;
    private StaffClient officer;
    private final UUID somsri = Ops.newId();
    private final UUID boonmee = Ops.newId();
    private final UUID somchai = Ops.newId();
    private final UUID mali = Ops.newId();

    @BeforeAll
    void aBankWhoseMembersWroteTheirVillageFourWays() {
        org = TestOrgs.create("อบต.สมาชิกลาออก", "360101");
        phone = api().pair(org);
        Ops ops = new Ops(Instant.parse("2026-10-05T03:00:00Z"));
        List<SyncOp> registered = List.of(
                ops.op(somsri, new MemberUpsert("นางสมศรี ใจดี", "1", "หมู่ 4", null, JOINED, 1)),
                ops.op(boonmee, new MemberUpsert("นายบุญมี มีสุข", "2", "บ้านหนองบัว หมู่ที่ 4", null, JOINED, 1)),
                ops.op(somchai, new MemberUpsert("นายสมชาย ใจดี", "3", null, null, JOINED, 1)
                        .withVillage(4, "หมู่ที่ 4 บ้านหนองบัว")),
                ops.op(mali, new MemberUpsert("นางมะลิ หอมดี", "4", "ม.7", null, JOINED, 1)));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, registered).stream().distinct().toList());
        officer = StaffClient.signIn(api(), "DISTRICT", DISTRICT);
    }

    private WebSession.Page form(String month) {
        return formOf(org, month);
    }

    private static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<b>([^<]*)</b>").matcher(html);
        assertTrue(m.find(), "no " + id + " in the page");
        return m.group(1);
    }

    @Test
    void aVillageWrittenAsหมู่4หมู่ที่4OrPickedAsNumber4CountsOnce() {
        String html = form("2026-09").body();
        assertEquals("2", byId(html, "v-villages"), "หมู่ 4 three ways, and ม.7");
        assertEquals("4", byId(html, "v-members"));
    }

    @Test
    void aMemberWhoDiedIsCountedUntilTheMonthBeforeAndKeepsTheirRecord() {
        UUID id = Ops.newId();
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        String local = TestOrgs.create("อบต.สมาชิกเสียชีวิต", "360101");
        Api.Device device = api().pair(local);
        MemberUpsert joined = new MemberUpsert("นายทองดี ใจงาม", "9", "หมู่ 2", null, JOINED, 1);
        MemberUpsert died = joined.withVersion(2).withStatus(MemberStatus.DECEASED, LocalDate.of(2026, 11, 12),
                "ทายาทคือนางทองใบ ใจงาม");
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(device, List.of(ops.op(id, joined),
                ops.op(id, died))));

        assertEquals("1", byId(formOf(local, "2026-10").body(), "v-members"), "alive all October");
        assertEquals("1", byId(formOf(local, "2026-10").body(), "v-villages"));
        assertEquals("0", byId(formOf(local, "2026-11").body(), "v-members"), "died on 12 November");
        assertEquals("0", byId(formOf(local, "2026-11").body(), "v-villages"), "nobody left living in หมู่ 2");
        assertEquals("DECEASED 2026-11-12 ทายาทคือนางทองใบ ใจงาม นายทองดี ใจงาม", Db.string(
                "SELECT CONCAT_WS(' ', m.status, m.status_on, m.status_note, m.name) FROM member m JOIN org o"
                        + " ON o.id = m.org_id WHERE o.code = ?", local));
    }

    private WebSession.Page formOf(String code, String month) {
        WebSession.Page page = officer.get("/web/reports/best-practice/" + DISTRICT + "?month=" + month + "&org=" + code);
        assertEquals(200, page.status(), page.body());
        return page;
    }

    @Test
    void aMemberWhoComesBackIsCountedAgainAndAnotherPhonePullsTheStatus() {
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        MemberUpsert moved = new MemberUpsert("นางมะลิ หอมดี", "4", "ม.7", null, JOINED, 2)
                .withStatus(MemberStatus.MOVED, LocalDate.of(2026, 10, 1), "ย้ายไปอยู่กับลูกที่ระยอง");
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.op(mali, moved))));
        assertEquals("3", byId(form("2026-10").body(), "v-members"));
        assertEquals("1", byId(form("2026-10").body(), "v-villages"), "nobody else lives in ม.7");

        Api.Device other = api().pair(org);
        String pulled = api().pull(other, "0", 1000).body();
        assertTrue(pulled.contains("\"status\":\"MOVED\"") && pulled.contains("ย้ายไปอยู่กับลูกที่ระยอง"), pulled);

        MemberUpsert back = moved.withVersion(3).withStatus(MemberStatus.ACTIVE, null, null);
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.op(mali, back))));
        assertEquals("4", byId(form("2026-10").body(), "v-members"), "active again: no day she left");
    }

    @Test
    void aLeavingWithoutItsDayOrBeforeJoiningIsRefusedInThaiAndTheMemberStaysAsTheyWere() {
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        MemberUpsert noDay = new MemberUpsert("นายบุญมี มีสุข", "2", "บ้านหนองบัว หมู่ที่ 4", null, JOINED, 2, null,
                "LEFT", null, "ลาออกเอง", null);
        Api.Response r = api().push(phone, List.of(ops.op(boonmee, noDay)));
        Map<?, ?> reason = (Map<?, ?>) r.results().get(0).get("reason");
        assertEquals("REJECTED", r.results().get(0).get("status"));
        assertEquals("MEMBER_STATUS_DAY_REQUIRED", reason.get("code"));
        assertEquals("กรุณาระบุวันที่ย้ายออก เสียชีวิต หรือลาออก", reason.get("messageTh"));
        assertEquals(1L, Db.count("SELECT COUNT(*) FROM member m JOIN org o ON o.id = m.org_id WHERE o.code = ?"
                + " AND m.name = 'นายบุญมี มีสุข' AND m.status IS NULL AND m.version = 1", org));
    }

    @Test
    void anOfflineEditFromBeforeTheDeathKeepsTheDeathButAnEditOfTheStatusItselfWins() {
        String local = TestOrgs.create("อบต.แก้ไขพร้อมกัน", "360101");
        Api.Device a = api().pair(local);
        Api.Device b = api().pair(local);
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        UUID id = Ops.newId();
        MemberUpsert joined = new MemberUpsert("นายทองดี ใจงาม", "9", "หมู่ 2", null, JOINED, 1);
        assertEquals(List.of("APPLIED"), api().pushStatuses(a, List.of(ops.op(id, joined))));
        MemberUpsert died = joined.withVersion(2).withStatus(MemberStatus.DECEASED, LocalDate.of(2026, 11, 12),
                "ทายาทคือนางทองใบ");
        assertEquals(List.of("APPLIED"), api().pushStatuses(a, List.of(ops.op(id, died))));

        MemberUpsert newPhone = new MemberUpsert("นายทองดี ใจงาม", "9", "หมู่ 2", "081-234-5678", JOINED, 2);
        assertEquals(List.of("APPLIED"), api().pushStatuses(b, List.of(ops.op(id, newPhone))));
        assertEquals("DECEASED 2026-11-12 081-234-5678 3", stateOf(local), "B's phone number, A's death");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id"
                + " WHERE o.code = ? AND f.kind = 'MEMBER_CONFLICT'", local));

        MemberUpsert left = new MemberUpsert("นายทองดี ใจงาม", "9", "หมู่ 2", null, JOINED, 2)
                .withStatus(MemberStatus.LEFT, LocalDate.of(2026, 11, 1), null);
        assertEquals(List.of("APPLIED"), api().pushStatuses(b, List.of(ops.op(id, left))));
        assertEquals("LEFT 2026-11-01 4", stateOf(local), "an edit of the status itself is the later word");
    }

    private static String stateOf(String code) {
        return Db.string("SELECT CONCAT_WS(' ', m.status, m.status_on, m.phone, m.version) FROM member m JOIN org o"
                + " ON o.id = m.org_id WHERE o.code = ?", code);
    }
}
