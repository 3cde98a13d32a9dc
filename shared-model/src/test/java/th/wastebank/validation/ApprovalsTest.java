package th.wastebank.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpPayloads;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Approvals by typed names keep their exact JSON; approvals by roster ids carry exactly two. */
class ApprovalsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID ID = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final UUID CHAIR = UUID.fromString("01936b2e-1f00-7abc-8def-000000000001");
    private static final UUID TREASURER = UUID.fromString("01936b2e-1f00-7abc-8def-000000000002");
    private static final List<String> NAMES = List.of("สมชาย", "สมหญิง");

    private static List<OpPayload> byNames() {
        return List.of(new WithdrawalRecord(ID, 5_000, NOW, NAMES, "A7-000124"),
                new PayoutRecord(ID, 100_000, NOW, NAMES),
                new LevyRun(ID, "2569", "ค่าบำรุง", "ANNUAL_FEE", NOW, List.of(new LevyLine(ID, 2_000)), 2_000, NAMES));
    }

    private static List<OpPayload> byIds(List<UUID> ids) {
        return List.of(new WithdrawalRecord(ID, 5_000, NOW, NAMES, "A7-000124").withApproverIds(ids),
                new PayoutRecord(ID, 100_000, NOW, NAMES, ids),
                new LevyRun(ID, "2569", "ค่าบำรุง", "ANNUAL_FEE", NOW, List.of(new LevyLine(ID, 2_000)), 2_000, NAMES,
                        ids));
    }

    @Test
    void anOpApprovedByTypedNamesKeepsItsExactWireForm() {
        String withdrawal = "{\"amount\":5000,\"approvedBy\":[\"สมชาย\",\"สมหญิง\"],"
                + "\"memberId\":\"01936b2e-1f00-7abc-8def-0123456789ab\",\"paidAt\":\"2026-11-23T03:00:00Z\","
                + "\"receiptNo\":\"A7-000124\"}";
        assertEquals(withdrawal, CanonicalJson.write(byNames().get(0).toJson()));
        for (OpPayload p : byNames()) {
            assertFalse(p.toJson().containsKey("approverIds"), p.type().wire());
            OpPayloads.Decoded decoded = OpPayloads.decode(p.type(), p.toJson(), NOW);
            assertTrue(decoded.ok(), decoded.violations().toString());
            assertEquals(CanonicalJson.write(p.toJson()), CanonicalJson.write(decoded.payload().toJson()));
        }
    }

    @Test
    void anOpApprovedByRosterIdsCarriesThemAndSurvivesItsJson() {
        for (OpPayload p : byIds(List.of(CHAIR, TREASURER))) {
            assertEquals(List.of(CHAIR.toString(), TREASURER.toString()), p.toJson().get("approverIds"));
            OpPayloads.Decoded decoded = OpPayloads.decode(p.type(), p.toJson(), NOW);
            assertTrue(decoded.ok(), decoded.violations().toString());
            assertEquals(CanonicalJson.write(p.toJson()), CanonicalJson.write(decoded.payload().toJson()));
        }
    }

    @Test
    void rosterIdsMustBeExactlyTwo() {
        for (OpPayload p : byIds(List.of(CHAIR))) {
            assertEquals(List.of(Violation.of(ReasonCode.APPROVER_IDS_INVALID, "approverIds")), p.validate(NOW),
                    p.type().wire());
        }
    }

    @Test
    void theSameRosterIdTwiceIsLeftToTheRosterRuleSoTheServerRecordsTheCashAndFlagsIt() {
        for (OpPayload p : byIds(List.of(CHAIR, CHAIR))) {
            assertEquals(List.of(), p.validate(NOW), p.type().wire());
        }
    }

    @Test
    void withRosterIdsTheNamesAreForReadingOnly() {
        WithdrawalRecord sameNames = new WithdrawalRecord(ID, 5_000, NOW, List.of("สมชาย", "สมชาย"))
                .withApproverIds(List.of(CHAIR, TREASURER));
        assertEquals(List.of(), sameNames.validate(NOW), "two roster members may share a name");
    }

    @Test
    void anIdThatIsNotAUuid7IsRefusedByItsPath() {
        Map<String, Object> json = new LinkedHashMap<>(byIds(List.of(CHAIR, TREASURER)).get(0).toJson());
        List<Object> ids = new ArrayList<>((List<?>) json.get("approverIds"));
        ids.set(1, "nobody");
        json.put("approverIds", ids);
        OpPayloads.Decoded decoded = OpPayloads.decode(byNames().get(0).type(), json, NOW);
        assertEquals(List.of(Violation.of(ReasonCode.INVALID_ID, "approverIds[1]")), decoded.violations());
        json.put("approverIds", "สมชาย");
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "approverIds")),
                OpPayloads.decode(byNames().get(0).type(), json, NOW).violations());
    }
}
