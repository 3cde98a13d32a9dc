package th.wastebank.server.village;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberStatus;
import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.village.VillageUpsert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The อปท. page's villages section over real HTTP: each หมู่ที่ of the list with the members active
 * today who live there, however the village was written (picked from the list, "หมู่ 4", "ม.4"), two
 * villages with one number as one row, a member who left not counted, and members of no listed
 * village on one line.
 */
@SharedServer
class OrgVillagesPageTest extends ServerTestBase {
    private static final LocalDate JOINED = LocalDate.of(2025, 6, 1);
    private static final Pattern ROW = Pattern.compile(
            "<tr data-number=\"(\\d+)\">\\s*<td><span>([^<]*)</span>(.*?)</td>\\s*<td class=\"num\">([^<]*)</td>",
            Pattern.DOTALL);
    private final Ops ops = new Ops(Instant.now());

    private SyncOp member(String name, String typed, Integer villageNo) {
        return ops.op(Ops.newId(), new MemberUpsert(name, "1", typed, null, JOINED, 1).withVillage(villageNo, typed));
    }

    private static String section(String page) {
        int start = page.indexOf("<section class=\"card scroll\" id=\"villages\">");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void eachVillageShowsItsMembersTodayCountedOnceHoweverTheVillageWasWritten() {
        String org = TestOrgs.create("อบต.หมู่บ้านนับครั้งเดียว");
        Api.Device phone = api().pair(org);
        Api.Device second = api().pair(org);
        MemberUpsert left = new MemberUpsert("นายย้าย ออกไป", "9", "หมู่ที่ 4 บ้านหนองบัว", null, JOINED, 1)
                .withVillage(4, "หมู่ที่ 4 บ้านหนองบัว");
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                // the village and the member in it in one push: the village is written first
                ops.op(Ops.newId(), new VillageUpsert(4, "บ้านหนองบัว", false, 1)),
                member("นางสมศรี ใจดี", "หมู่ที่ 4 บ้านหนองบัว", 4),
                member("นายบุญมี มีสุข", "หมู่ 4", null),
                member("นางมะลิ หอมดี", "ม.4 บ้านหนองบัว", null),
                ops.op(Ops.newId(), new VillageUpsert(7, null, false, 1)),
                member("นายทองดี ใจงาม", "หมู่ที่ 7", 7),
                ops.op(Ops.newId(), new VillageUpsert(9, "บ้านเก่า", true, 1)),
                member("นางลำดวน นอกรายการ", "บ้านดอนแก้ว", null),
                member("นายแดง หมู่สิบสอง", "หมู่ 12", null),
                member("นางไม่ระบุ หมู่บ้าน", null, null),
                ops.op(Ops.newId(), left.withVersion(1).withStatus(MemberStatus.MOVED, LocalDate.now().minusDays(3),
                        "ย้ายไปต่างจังหวัด")))).stream().distinct().toList());
        // another phone added หมู่ 4 again offline
        assertEquals(List.of("APPLIED"), api().pushStatuses(second, List.of(
                ops.op(Ops.newId(), new VillageUpsert(4, "บ้านหนองบัวใต้", false, 1)))));

        String page = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org).body();
        String section = section(page);

        Matcher rows = ROW.matcher(section);
        StringBuilder seen = new StringBuilder();
        while (rows.find()) {
            seen.append(rows.group(2)).append(rows.group(3).contains("เลิกใช้แล้ว") ? " (เลิกใช้)" : "")
                    .append(" = ").append(rows.group(4)).append('\n');
        }
        assertEquals("หมู่ที่ 4 บ้านหนองบัว / บ้านหนองบัวใต้ = 3\n"
                + "หมู่ที่ 7 = 1\n"
                + "หมู่ที่ 9 บ้านเก่า (เลิกใช้) = 0\n", seen.toString(), section);
        assertTrue(section.contains("เลขหมู่ที่ซ้ำ นับเป็นหมู่บ้านเดียว"), section);
        assertTrue(section.matches("(?s).*<tr id=\"village-not-listed\">\\s*<td>ไม่อยู่ในรายการหมู่บ้าน</td>\\s*"
                + "<td class=\"num\">2</td>.*"), "บ้านดอนแก้ว and หมู่ 12: " + section);
        assertTrue(section.matches("(?s).*<tr id=\"village-none\">\\s*<td>ไม่ระบุหมู่บ้าน</td>\\s*"
                + "<td class=\"num\">1</td>.*"), section);
        assertTrue(page.contains("<b>7</b><span>สมาชิก</span>"), "the rows add up to the members counted above");
    }

    @Test
    void aBankWithoutAListSaysWhereToAddOne() {
        String org = TestOrgs.create("อบต.ยังไม่มีหมู่บ้าน");
        assertEquals(List.of("APPLIED"), api().pushStatuses(api().pair(org), List.of(member("นางสมศรี", "หมู่ 4", null))));

        String section = section(StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org).body());

        assertTrue(section.contains("ยังไม่มีรายชื่อหมู่บ้าน (เพิ่มได้ในแอปของธนาคาร ที่หน้าสมาชิก ปุ่ม &quot;หมู่บ้าน&quot;)"),
                section);
        assertTrue(section.contains("ไม่อยู่ในรายการหมู่บ้าน"), section);
        assertFalse(section.contains("data-number"), section);
    }
}
