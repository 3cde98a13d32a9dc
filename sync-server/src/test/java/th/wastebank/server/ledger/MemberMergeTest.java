package th.wastebank.server.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.transfer.MemberMerge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code member.merge} through the real push API, database and pages: the duplicate's whole
 * balance as the server knows it moves exactly, one entry naming both, the duplicate no longer
 * counted, a second merge refused, a deposit that arrives later for the duplicate applied and
 * flagged, and merged again.
 */
@SharedServer
class MemberMergeTest extends ServerTestBase {
    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
    private static final List<String> NAMES = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");
    private static final String DISTRICT = "3601";
    private final Ops ops = new Ops(AT);

    private record Bank(String org, Api.Device phone, UUID duplicate, UUID kept, UUID chair, UUID treasurer) {
    }

    /** Somsri registered twice: 100 baht under the duplicate, 8 baht under the record kept. */
    private Bank bank(String name) {
        String org = TestOrgs.create(name, "360101");
        Api.Device phone = api().pair(org);
        UUID duplicate = Ops.newId();
        UUID kept = Ops.newId();
        UUID chair = Ops.newId();
        UUID treasurer = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(kept, "นางสมศรี ใจดี"), ops.member(duplicate, "นางสมศรี  ใจดี"),
                ops.deposit(duplicate, 12_500), ops.deposit(kept, 1_000),
                ops.op(chair, new CommitteeUpsert(NAMES.get(0), "CHAIR", LocalDate.of(2025, 10, 1), null, 1)),
                ops.op(treasurer, new CommitteeUpsert(NAMES.get(1), "TREASURER", LocalDate.of(2025, 10, 1), null, 1))))
                .stream().distinct().toList());
        return new Bank(org, phone, duplicate, kept, chair, treasurer);
    }

    private SyncOp merge(Bank b, UUID from, UUID into) {
        return ops.op(Ops.newId(), new MemberMerge(from, into, AT, NAMES, List.of(b.chair(), b.treasurer())));
    }

    private static String reason(Api.Response r, int i) {
        return String.valueOf(((Map<?, ?>) r.results().get(i).get("reason")).get("code"));
    }

    private String membersCounted(String org) {
        String html = StaffClient.signIn(api(), "DISTRICT", DISTRICT)
                .get("/web/reports/best-practice/" + DISTRICT + "?month=2026-11&org=" + org).body();
        Matcher m = Pattern.compile("id=\"v-members\"[^>]*>\\s*<b>([^<]*)</b>").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    @Test
    void theWholeBalanceMovesExactlyAsOneEntryNamingBothAndTheDuplicateIsNoLongerCounted() {
        Bank b = bank("อบต.รวมบัญชีซ้ำ");
        assertEquals("2", membersCounted(b.org()));
        SyncOp m = merge(b, b.duplicate(), b.kept());

        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(m)));

        assertEquals(0, Db.memberSavings(b.duplicate()));
        assertEquals(10_800, Db.memberSavings(b.kept()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 14 AND counterpart_id IS NOT NULL"
                + " AND (org_id, op_seq) = (SELECT org_id, op_seq FROM ledger_entry WHERE id = UNHEX(REPLACE(?, '-', '')))",
                m.entityId().toString()));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 1 AND member_id = UNHEX(REPLACE(?, '-', ''))",
                b.duplicate().toString()), "the duplicate's deposit stays under it");
        assertEquals(b.kept().toString().replace("-", ""), Db.string("SELECT LOWER(HEX(merged_into)) FROM member"
                + " WHERE id = UNHEX(REPLACE(?, '-', ''))", b.duplicate().toString()));
        assertEquals("2026-11-20", Db.string("SELECT merged_on FROM member WHERE id = UNHEX(REPLACE(?, '-', ''))",
                b.duplicate().toString()));
        assertTrue(Db.string("SELECT payload FROM sync_op WHERE entity_id = UNHEX(REPLACE(?, '-', ''))",
                m.entityId().toString()).contains("\"amount\":10000"), "phones pull the balance the server moved");
        assertEquals("1", membersCounted(b.org()));

        StaffClient officer = StaffClient.signIn(api(), "ORG", b.org());
        String kept = officer.get("/web/orgs/" + b.org() + "/members/" + b.kept()).body();
        assertTrue(kept.contains("รวมบัญชีสมาชิกซ้ำ") && kept.contains("จาก นางสมศรี  ใจดี (0002-"), kept);
        String duplicate = officer.get("/web/orgs/" + b.org() + "/members/" + b.duplicate()).body();
        assertTrue(duplicate.contains("ไปยัง นางสมศรี ใจดี (0001-"), duplicate);
    }

    @Test
    void aSecondMergeIntoItselfOrIntoAMergedMemberOrOfStrangersIsRefusedInThai() {
        Bank b = bank("อบต.รวมซ้ำสองครั้ง");
        Bank other = bank("อบต.รวมบ้านอื่น");
        UUID third = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(b.phone(), List.of(
                ops.member(third, "นางสาวสาม ใจดี"), merge(b, b.duplicate(), b.kept()))));
        long rows = Db.ledgerRows(b.org());

        Api.Response r = api().push(b.phone(), List.of(merge(b, b.duplicate(), b.kept()), merge(b, third, b.duplicate()),
                merge(b, other.duplicate(), b.kept()), merge(b, b.kept(), other.kept())));

        assertEquals(List.of("MEMBER_ALREADY_MERGED", "MERGE_INTO_MERGED", "UNKNOWN_MEMBER", "UNKNOWN_MEMBER"),
                List.of(reason(r, 0), reason(r, 1), reason(r, 2), reason(r, 3)));
        assertEquals("สมาชิกคนนี้ถูกรวมบัญชีเข้ากับสมาชิกอื่นไปแล้ว",
                ((Map<?, ?>) r.results().get(0).get("reason")).get("messageTh"));
        assertEquals(rows, Db.ledgerRows(b.org()));
    }

    @Test
    void aDepositMadeOfflineForTheDuplicateArrivesLaterIsAppliedFlaggedAndMergedAgain() {
        Bank b = bank("อบต.ฝากหลังรวม");
        Api.Device otherPhone = api().pair(b.org());
        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(merge(b, b.duplicate(), b.kept()))));

        assertEquals(List.of("APPLIED"), api().pushStatuses(otherPhone, List.of(new Ops(AT).deposit(b.duplicate(), 2_500))));

        assertEquals(2_000, Db.memberSavings(b.duplicate()), "applied as it was made");
        assertEquals(1, Db.flags(b.org(), "MERGED_MEMBER_ACTIVITY"));
        String queue = StaffClient.signIn(api(), "ORG", b.org()).get("/web/orgs/" + b.org() + "/review").body();
        assertTrue(queue.contains("ซึ่งรวมบัญชีไปแล้วเมื่อ") && queue.contains("กรุณารวมบัญชีอีกครั้ง"), queue);

        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(merge(b, b.duplicate(), b.kept()))));
        assertEquals(0, Db.memberSavings(b.duplicate()));
        assertEquals(12_800, Db.memberSavings(b.kept()));
        assertEquals(1, Db.flags(b.org(), "MERGED_MEMBER_ACTIVITY"), "merging the remainder is not itself flagged");
    }

    @Test
    void aLevyMadeOfflineThatStillNamesTheDuplicateIsAppliedFlaggedAndItsDebtMergedAgain() {
        Bank b = bank("อบต.เก็บเงินหลังรวม");
        UUID scheme = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(ops.funeralScheme(scheme, 300_000, 2_000, 0))));
        Api.Device otherPhone = api().pair(b.org());
        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(merge(b, b.duplicate(), b.kept()))));

        assertEquals(List.of("APPLIED"), api().pushStatuses(otherPhone, List.of(
                new Ops(AT).levy(Ops.newId(), scheme, "2569-12", List.of(b.duplicate(), b.kept()), 2_000))));

        assertEquals(-2_000, Db.memberSavings(b.duplicate()), "applied as it was made");
        assertEquals(1, Db.flags(b.org(), "MERGED_MEMBER_ACTIVITY"), "only the line naming the merged record");
        String queue = StaffClient.signIn(api(), "ORG", b.org()).get("/web/orgs/" + b.org() + "/review").body();
        assertTrue(queue.contains("20.00 บาท") && queue.contains("กรุณารวมบัญชีอีกครั้ง"), queue);

        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(merge(b, b.duplicate(), b.kept()))));
        assertEquals(0, Db.memberSavings(b.duplicate()));
        assertEquals(10_800 - 2 * 2_000, Db.memberSavings(b.kept()), "both lines of the levy, one merged again");
    }

    @Test
    void aDuplicateWithNothingIsStillMergedWithTwoZeroPostingsOnBothPassbooks() {
        Bank b = bank("อบต.รวมยอดศูนย์");
        UUID empty = Ops.newId();
        SyncOp m = merge(b, empty, b.kept());
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(b.phone(), List.of(
                ops.member(empty, "นางสมศรี ใจดี (ซ้ำ)"), m)));

        assertEquals(2, Db.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 14 AND amount = 0"
                + " AND (org_id, op_seq) = (SELECT org_id, op_seq FROM ledger_entry WHERE id = UNHEX(REPLACE(?, '-', '')))", m.entityId().toString()));
        assertEquals(800, Db.memberSavings(b.kept()));
        String page = StaffClient.signIn(api(), "ORG", b.org()).get("/web/orgs/" + b.org() + "/members/" + empty).body();
        assertTrue(page.contains("ไปยัง นางสมศรี ใจดี"), page);
    }
}
