package th.wastebank.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberStatusTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate JOINED = LocalDate.of(2025, 6, 1);

    private static OpPayloads.Decoded decode(Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>(Map.of("name", "นางสมศรี ใจดี", "joinedOn", "2025-06-01",
                "version", 2));
        json.putAll(extra);
        return OpPayloads.decode(OpType.MEMBER_UPSERT, json, NOW);
    }

    @Test
    void aMemberWhoDiedIsReadWithTheDayAndTheNote() {
        OpPayloads.Decoded d = decode(Map.of("status", "DECEASED", "statusOn", "2026-11-20",
                "statusNote", "ทายาทคือนายสมชาย"));
        assertTrue(d.ok(), d.violations().toString());
        MemberUpsert m = (MemberUpsert) d.payload();
        assertEquals(MemberStatus.DECEASED, m.memberStatus());
        assertEquals(LocalDate.of(2026, 11, 20), m.leftOn());
        assertEquals("ทายาทคือนายสมชาย", m.statusNote());
    }

    @Test
    void anOpWithoutAStatusIsAnActiveMemberAndKeepsItsBytes() {
        MemberUpsert m = new MemberUpsert("นางสมศรี ใจดี", "12", "หมู่ 4", null, JOINED, 1);
        assertEquals(MemberStatus.ACTIVE, m.memberStatus());
        assertNull(m.leftOn());
        assertEquals(Set.of("name", "houseNo", "village", "joinedOn", "version"), m.toJson().keySet());
        assertEquals(CanonicalJson.write(m.toJson()), CanonicalJson.write(
                new MemberUpsert("นางสมศรี ใจดี", "12", "หมู่ 4", null, JOINED, 1).withStatus(MemberStatus.ACTIVE, null, null)
                        .toJson()));
    }

    @Test
    void aStatusAndAVillageNumberSurviveTheWire() {
        MemberUpsert m = new MemberUpsert("นางสมศรี ใจดี", null, "หมู่ที่ 4 บ้านหนองบัว", null, JOINED, 3)
                .withStatus(MemberStatus.MOVED, LocalDate.of(2026, 10, 1), "ย้ายไปอยู่กับลูกที่ระยอง")
                .withVillage(4, "หมู่ที่ 4 บ้านหนองบัว");
        OpPayloads.Decoded d = OpPayloads.decode(OpType.MEMBER_UPSERT, m.toJson(), NOW);
        assertTrue(d.ok(), d.violations().toString());
        assertEquals(m, d.payload());
    }

    @Test
    void comingBackActiveDropsTheDayAndTheNote() {
        MemberUpsert m = new MemberUpsert("นางสมศรี ใจดี", null, null, null, JOINED, 3)
                .withStatus(MemberStatus.LEFT, LocalDate.of(2026, 10, 1), "ลาออก")
                .withStatus(MemberStatus.ACTIVE, LocalDate.of(2026, 11, 1), "กลับมา");
        assertEquals(MemberStatus.ACTIVE, m.memberStatus());
        assertNull(m.statusOn());
        assertNull(m.statusNote());
    }

    @Test
    void anEndedMembershipNeedsItsDayNotBeforeJoiningAndNotInTheFuture() {
        assertEquals(List.of(Violation.of(ReasonCode.MEMBER_STATUS_DAY_REQUIRED, "statusOn")),
                decode(Map.of("status", "LEFT")).violations());
        assertEquals(List.of(Violation.of(ReasonCode.MEMBER_STATUS_BEFORE_JOINING, "statusOn")),
                decode(Map.of("status", "LEFT", "statusOn", "2025-05-31")).violations());
        assertEquals(List.of(Violation.of(ReasonCode.DATE_OUT_OF_RANGE, "statusOn")),
                decode(Map.of("status", "LEFT", "statusOn", "2027-01-01")).violations());
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "statusOn")),
                decode(Map.of("status", "LEFT", "statusOn", "20 พ.ย.")).violations());
    }

    @Test
    void anUnknownStatusOrVillageNumberIsRefusedInThai() {
        OpPayloads.Decoded d = decode(Map.of("status", "GONE"));
        assertEquals(List.of(Violation.of(ReasonCode.MEMBER_STATUS_INVALID, "status")), d.violations());
        assertEquals("สถานะสมาชิกไม่ถูกต้อง", d.violations().get(0).messageTh());
        for (long no : new long[] {0, 100, 5_000_000_000L}) {
            OpPayloads.Decoded v = decode(Map.of("villageNo", no));
            assertEquals(List.of(Violation.of(ReasonCode.MEMBER_VILLAGE_NO_INVALID, "villageNo")), v.violations());
            assertEquals("เลขหมู่ที่ต้องเป็นเลข 1 ถึง 99", v.violations().get(0).messageTh());
        }
    }
}
