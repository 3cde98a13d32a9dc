package th.wastebank.server.village;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.village.VillageUpsert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The อปท.'s villages through the real push API: added, edited (an older version still wins in server
 * order), another org's village untouchable, bad numbers and names refused in Thai with nothing
 * written, and two villages with one number both kept and flagged VILLAGE_NUMBER_TWICE with a sentence.
 */
@SharedServer
class VillagePushTest extends ServerTestBase {
    private final Ops ops = new Ops(Instant.now());

    private SyncOp village(UUID id, int number, String name, boolean retired, long version) {
        return ops.op(id, new VillageUpsert(number, name, retired, version));
    }

    private static String stored(UUID id, String column) {
        return Db.string("SELECT " + column + " FROM village WHERE id = UNHEX(REPLACE(?, '-', ''))", id.toString());
    }

    private static long villages(String org) {
        return Db.count("SELECT COUNT(*) FROM village v JOIN org o ON o.id = v.org_id WHERE o.code = ?", org);
    }

    private static long flags(String org) {
        return Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'VILLAGE_NUMBER_TWICE'", org);
    }

    @Test
    void aVillageIsAddedAndEditedAndAnEditFromAnOlderVersionStillWinsOneVersionHigher() {
        String org = TestOrgs.create("อบต.หมู่บ้านแก้ไข");
        Api.Device phone = api().pair(org);
        UUID id = Ops.newId();

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                village(id, 4, "บ้านหนองบัว", false, 1), village(Ops.newId(), 5, null, false, 1))));
        assertEquals("4", stored(id, "number"));
        assertEquals("บ้านหนองบัว", stored(id, "name"));

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(village(id, 4, "บ้านหนองบัวใหม่", true, 1))));
        assertEquals("บ้านหนองบัวใหม่", stored(id, "name"));
        assertEquals("1", stored(id, "retired"));
        assertEquals("2", stored(id, "version"), "stored one above the version it replaced");
        assertTrue(Db.string("SELECT payload FROM sync_op WHERE entity_id = UNHEX(REPLACE(?, '-', '')) ORDER BY seq DESC"
                + " LIMIT 1", id.toString()).contains("\"version\":2"), "phones pull the version the server kept");
        assertEquals(2, villages(org));
        assertEquals(0, flags(org));
    }

    @Test
    void anotherOrgsVillageCannotBeTaken() {
        String ours = TestOrgs.create("อบต.หมู่บ้านเรา");
        String theirs = TestOrgs.create("อบต.หมู่บ้านเขา");
        UUID id = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(api().pair(theirs), List.of(village(id, 3, "บ้านเขา", false, 1))));

        Api.Response taken = api().push(api().pair(ours), List.of(village(id, 3, "บ้านเรา", false, 2)));

        assertEquals("ENTITY_CONFLICT", ((Map<?, ?>) taken.results().get(0).get("reason")).get("code"));
        assertEquals("บ้านเขา", stored(id, "name"));
        assertEquals(0, villages(ours));
    }

    @Test
    void aNumberOutsideOneToNinetyNineNotANumberOrANameTooLongIsRefusedInThaiAndNothingIsWritten() {
        String org = TestOrgs.create("อบต.หมู่บ้านผิด");
        Api.Device phone = api().pair(org);
        List<Map<String, Object>> bad = List.of(payload(0L, "บ้านศูนย์"), payload(100L, null), payload("สี่", null),
                payload(4L, "ก".repeat(VillageUpsert.MAX_NAME_LENGTH + 1)));

        List<Map<String, Object>> results = api().push(phone, bad.stream().map(this::raw).toList()).results();

        List<String> codes = results.stream().map(r -> String.valueOf(((Map<?, ?>) r.get("reason")).get("code"))).toList();
        assertEquals(List.of("VILLAGE_NUMBER_INVALID", "VILLAGE_NUMBER_INVALID", "VILLAGE_NUMBER_INVALID", "TEXT_TOO_LONG"),
                codes);
        assertEquals("เลขหมู่ที่ต้องเป็นเลข 1 ถึง 99", ((Map<?, ?>) results.get(0).get("reason")).get("messageTh"));
        assertEquals(0, villages(org));
        assertEquals(0, Db.opRows(org));
    }

    @Test
    void twoVillagesWithOneNumberAreBothKeptAndFlaggedWithASentenceInTheReviewQueue() {
        String org = TestOrgs.create("อบต.หมู่สี่สองแห่ง");
        UUID first = Ops.newId();
        UUID second = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(api().pair(org), List.of(
                village(first, 4, "บ้านหนองบัว", false, 1))));

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(api().pair(org), List.of(
                village(second, 4, "บ้านหนองบัวใต้", false, 1), village(second, 4, "บ้านหนองบัวใต้ แก้ชื่อ", false, 2))));

        assertEquals(2, villages(org));
        assertEquals(1, flags(org), "an edit that keeps the number raises no second flag");
        String detail = Db.string("SELECT f.detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?", org);
        assertTrue(detail.contains("\"villageIds\":[\"" + first + "\"]") && detail.contains("\"number\":4"), detail);

        WebSession.Page queue = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review");
        assertTrue(queue.body().contains("หมู่บ้าน &quot;หมู่ที่ 4 บ้านหนองบัวใต้&quot; ที่เพิ่มเมื่อ")
                && queue.body().contains("มีเลขหมู่ที่ 4 ซ้ำกับ &quot;หมู่ที่ 4 บ้านหนองบัว&quot;")
                && queue.body().contains("นับสมาชิกเป็นหมู่บ้านเดียวกัน"), queue.body());
    }

    @Test
    void aVillageRenumberedOntoAnotherVillagesNumberIsFlagged() {
        String org = TestOrgs.create("อบต.หมู่บ้านเปลี่ยนเลข");
        Api.Device phone = api().pair(org);
        UUID five = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                village(Ops.newId(), 4, "บ้านหนองบัว", false, 1), village(five, 5, "บ้านโคก", false, 1)))
                .stream().distinct().toList());
        assertEquals(0, flags(org));

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(village(five, 4, "บ้านโคก", false, 2))));

        assertEquals(1, flags(org));
    }

    private static Map<String, Object> payload(Object number, String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", number);
        if (name != null) {
            p.put("name", name);
        }
        p.put("version", 1L);
        return p;
    }

    /** An op whose payload is as a broken or hostile phone might send it. */
    private SyncOp raw(Map<String, Object> payload) {
        SyncOp base = ops.op(Ops.newId(), new VillageUpsert(1, null, false, 1));
        return new SyncOp(base.opId(), base.seq(), base.type(), base.entityId(), payload, base.recordedAt());
    }
}
