package th.wastebank.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 1's picked income models and groups, step 3's income and workers, and old ops kept valid. */
class StepOneChoicesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static MilestoneRecord meeting(List<String> models, String modelOther, List<String> groups,
                                           String groupOther) {
        return new MilestoneRecord(1, DAY, "ประชุมที่ศาลาหมู่บ้าน", null, null, null, null, null, null, null, List.of(),
                models, modelOther, groups, groupOther, "นางสมศรี ใจดี", null, null);
    }

    private static List<ReasonCode> codes(MilestoneRecord m) {
        return m.validate(NOW).stream().map(Violation::code).toList();
    }

    private static MilestoneRecord roundTrip(MilestoneRecord m) {
        OpPayloads.Decoded back = OpPayloads.decode(OpType.MILESTONE_RECORD, m.toJson(), NOW);
        assertTrue(back.ok(), back.violations()::toString);
        return (MilestoneRecord) back.payload();
    }

    @Test
    void theListsAreTheLettersAndNoModelIsTheWasteBank() {
        assertEquals(List.of("อาสาสมัครท้องถิ่นรักษ์โลก", "ธนาคารขยะ", "กลุ่มสตรี", "กลุ่มผู้สูงอายุ", "เด็กและเยาวชน", "อื่น ๆ"),
                Arrays.stream(NetworkGroup.values()).map(NetworkGroup::nameTh).toList());
        assertEquals(List.of("ผลิตภัณฑ์จากขยะเปียกหรือขยะอินทรีย์", "ผลิตภัณฑ์จากขยะแห้งที่ไม่สามารถขายเป็นขยะรีไซเคิลได้", "อื่น ๆ"),
                Arrays.stream(IncomeModel.values()).map(IncomeModel::nameTh).toList());
        for (IncomeModel model : IncomeModel.values()) {
            assertFalse(IncomeModel.isWasteBank(model.nameTh()), model::name);
        }
    }

    @Test
    void pickedModelsAndGroupsAreValidAndSurviveTheirJson() {
        MilestoneRecord m = meeting(List.of("WET_ORGANIC_PRODUCT", "OTHER"), "ร้านรับซ่อมเสื้อผ้าเก่า",
                List.of("LOCAL_VOLUNTEERS", "WOMEN", "OTHER"), "กลุ่มวิสาหกิจชุมชนทอผ้า");
        assertEquals(List.of(), codes(m));
        assertEquals(m, roundTrip(m));
    }

    @Test
    void otherNeedsAName() {
        assertEquals(List.of(ReasonCode.OTHER_NAME_REQUIRED),
                codes(meeting(List.of("OTHER"), " ", List.of("WOMEN"), null)));
        MilestoneRecord groupUnnamed = meeting(List.of("DRY_NON_RECYCLABLE_PRODUCT"), null, List.of("OTHER"), null);
        assertEquals(List.of(ReasonCode.OTHER_NAME_REQUIRED), codes(groupUnnamed));
        assertEquals("groupOther", groupUnnamed.validate(NOW).get(0).field());
    }

    @Test
    void aModelIsNeededAndUnknownCodesAreRefused() {
        assertEquals(List.of(ReasonCode.INCOME_MODEL_REQUIRED), codes(meeting(List.of(), null, List.of(), null)));
        assertEquals(List.of(ReasonCode.WRONG_TYPE), codes(meeting(List.of("WASTE_BANK"), null, List.of(), null)));
        assertEquals(List.of(ReasonCode.WRONG_TYPE), codes(meeting(List.of("WET_ORGANIC_PRODUCT"), null, List.of("X"), null)));
    }

    @Test
    void theWasteBankTypedAsTheModelIsCaughtAsTypedOrAsOther() {
        assertTrue(meeting(List.of("OTHER"), "ธนาคารขยะ", List.of(), null).wasteBankAsModel());
        assertTrue(meeting(List.of("OTHER"), " ธนาคาร ขยะชุมชน ", List.of(), null).wasteBankAsModel());
        MilestoneRecord old = new MilestoneRecord(1, DAY, null, "ธนาคารขยะ", null, null, null, null, null, null, List.of());
        assertTrue(old.wasteBankAsModel());
        assertTrue(IncomeModel.isWasteBank("Waste bank"));
        assertFalse(IncomeModel.isWasteBank("ตะกร้าสานจากถุงพลาสติก ขายผ่านธนาคารขยะ"));
        assertFalse(meeting(List.of("WET_ORGANIC_PRODUCT"), null, List.of("WASTE_BANK"), null).wasteBankAsModel());
        // the rule is the phone's refusal and the server's review flag; an old op carrying it still decodes
        assertEquals(List.of(), codes(old));
        assertEquals(old, roundTrip(old));
    }

    @Test
    void anOldFreeTextOpDecodesWithNoNewFields() {
        Map<String, Object> json = Map.of("step", 1L, "doneOn", "2026-11-20", "incomeModel", "ตะกร้าสาน",
                "photos", List.of());
        OpPayloads.Decoded back = OpPayloads.decode(OpType.MILESTONE_RECORD, json, NOW);
        assertTrue(back.ok(), back.violations()::toString);
        MilestoneRecord m = (MilestoneRecord) back.payload();
        assertEquals("ตะกร้าสาน", m.incomeModel());
        assertEquals(List.of(), m.incomeModels());
        assertEquals(List.of(), m.groups());
        assertFalse(m.toJson().containsKey("incomeModels"));
    }

    @Test
    void stepThreeCarriesIncomeAndWorkersWithinLimits() {
        UUID product = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
        MilestoneRecord ok = new MilestoneRecord(3, DAY, null, null, null, null, product, null, null, null, List.of(),
                List.of(), null, List.of(), null, null, 1_250_050L, 12L);
        assertEquals(List.of(), codes(ok));
        assertEquals(ok, roundTrip(ok));
        MilestoneRecord bad = new MilestoneRecord(3, DAY, null, null, null, null, product, null, null, null, List.of(),
                List.of(), null, List.of(), null, null, -1L, 100_001L);
        assertEquals(List.of(ReasonCode.AMOUNT_TOO_LARGE, ReasonCode.WORKERS_INVALID), codes(bad));
    }
}
