package th.wastebank.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.member.MemberUpsert;
import th.wastebank.price.PriceSet;
import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text limit of every payload lives in its {@code validate()} (through {@code limits()}), by
 * field path: the phone's check and the server's decoding give the same violation for a text one
 * character too long, and none at the limit.
 */
class PayloadLimitsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID ID = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
    private static final UUID OTHER = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ac");
    private static final String PHOTO = "a".repeat(64);
    private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private record Limit(OpPayload payload, String field, int max) {
    }

    private static List<Limit> everyLimit() {
        MemberUpsert member = new MemberUpsert("นางสมศรี", "12", "หมู่ 4", "0812345678", LocalDate.of(2025, 1, 5), 1);
        PriceSet price = new PriceSet("BANANA_FIBRE", 500, LocalDate.of(2026, 1, 1), "ใยกล้วย", "banana fibre");
        DepositRecord deposit = DepositRecord.of(ID, NOW, List.of(DepositLine.priced("PET_CLEAR", 1_000, 800)))
                .withReceiptNo("A7-000123");
        WithdrawalRecord withdrawal = new WithdrawalRecord(ID, 5_000, NOW, List.of("สมชาย", "สมหญิง"), "A7-000124");
        ProductUpsert product = new ProductUpsert("กระเป๋า", "DRY_NON_RECYCLABLE", "ถุงนม", "เรื่อง", "กลุ่มแม่บ้าน", 5_000L,
                "IDEA", List.of(PHOTO, PHOTO), 1);
        MilestoneRecord step = new MilestoneRecord(1, LocalDate.of(2026, 1, 1), "บันทึก", "ปุ๋ย", null, "TRAINING", null,
                "https://www.youtube.com/watch?v=abc", null, "clip.mp4", List.of(PHOTO, PHOTO));
        SchemeUpsert scheme = new SchemeUpsert("ฌาปนกิจ", "FUNERAL", "FIXED", 100_000, null, 0, 0, 0, "LEVY_PER_EVENT",
                2_000L, null, "ACTIVE", 1);
        ClaimFile claim = new ClaimFile(ID, OTHER, LocalDate.of(2026, 11, 1), null, "เสียชีวิต", List.of(PHOTO, PHOTO), NOW);
        LevyRun levy = new LevyRun(ID, "2569", "ค่าบำรุงปี 2569", "ANNUAL_FEE", NOW, List.of(new LevyLine(OTHER, 2_000)),
                2_000, List.of("สมชาย", "สมหญิง"));
        PayoutRecord payout = new PayoutRecord(ID, 100_000, NOW, List.of("สมชาย", "สมหญิง"));
        FundContribution contribution = new FundContribution(10_000, "DONATION", "ผู้ใหญ่บ้าน", NOW);
        EntryReverse reverse = new EntryReverse(ID, "ชั่งผิด");
        CommitteeUpsert seat = new CommitteeUpsert("นางสมศรี", "TREASURER", LocalDate.of(2025, 10, 1), null, 1);
        return List.of(
                new Limit(member, "name", Limits.MAX_NAME_LENGTH),
                new Limit(member, "houseNo", Limits.MAX_SHORT_TEXT),
                new Limit(member, "village", Limits.MAX_SHORT_TEXT),
                new Limit(member, "phone", Limits.MAX_SHORT_TEXT),
                new Limit(price, "materialCode", Limits.MAX_CODE_LENGTH),
                new Limit(price, "nameTh", Limits.MAX_SHORT_TEXT),
                new Limit(price, "nameEn", Limits.MAX_SHORT_TEXT),
                new Limit(deposit, "lines[0].materialCode", Limits.MAX_CODE_LENGTH),
                new Limit(deposit, "receiptNo", Limits.MAX_RECEIPT_NO_LENGTH),
                new Limit(withdrawal, "approvedBy[1]", Limits.MAX_NAME_LENGTH),
                new Limit(withdrawal, "receiptNo", Limits.MAX_RECEIPT_NO_LENGTH),
                new Limit(reverse, "reason", Limits.MAX_NOTE_LENGTH),
                new Limit(product, "name", Limits.MAX_NAME_LENGTH),
                new Limit(product, "kind", 40),
                new Limit(product, "materials", Limits.MAX_NOTE_LENGTH),
                new Limit(product, "story", Limits.MAX_STORY_LENGTH),
                new Limit(product, "producerGroup", Limits.MAX_NAME_LENGTH),
                new Limit(product, "status", Limits.MAX_WORD_LENGTH),
                new Limit(product, "photos[1]", Limits.MAX_PHOTO_REF_LENGTH),
                new Limit(step, "note", Limits.MAX_NOTE_LENGTH),
                new Limit(step, "incomeModel", Limits.MAX_NOTE_LENGTH),
                new Limit(step, "activity", Limits.MAX_WORD_LENGTH),
                new Limit(step, "videoUrl", Limits.MAX_URL_LENGTH),
                new Limit(step, "videoFileName", Limits.MAX_FILE_NAME_LENGTH),
                new Limit(step, "photos[1]", Limits.MAX_PHOTO_REF_LENGTH),
                new Limit(scheme, "name", Limits.MAX_NAME_LENGTH),
                new Limit(scheme, "kind", Limits.MAX_WORD_LENGTH),
                new Limit(scheme, "payoutRule", Limits.MAX_WORD_LENGTH),
                new Limit(scheme, "funding", Limits.MAX_WORD_LENGTH),
                new Limit(scheme, "status", 10),
                new Limit(claim, "note", Limits.MAX_NOTE_LENGTH),
                new Limit(claim, "photos[1]", Limits.MAX_PHOTO_REF_LENGTH),
                new Limit(levy, "event", Limits.MAX_SHORT_TEXT),
                new Limit(levy, "reason", Limits.MAX_NAME_LENGTH),
                new Limit(levy, "basis", Limits.MAX_WORD_LENGTH),
                new Limit(levy, "approvedBy[1]", Limits.MAX_NAME_LENGTH),
                new Limit(payout, "approvedBy[1]", Limits.MAX_NAME_LENGTH),
                new Limit(contribution, "source", Limits.MAX_WORD_LENGTH),
                new Limit(contribution, "note", Limits.MAX_NOTE_LENGTH),
                new Limit(seat, "name", Limits.MAX_NAME_LENGTH),
                new Limit(seat, "role", Limits.MAX_WORD_LENGTH));
    }

    @Test
    void everyBaselineIsWithinItsLimits() {
        for (Limit l : everyLimit()) {
            assertEquals(List.of(), l.payload().limits(), l.payload().type() + " " + l.field());
        }
    }

    @Test
    void aTextOneCharacterTooLongIsRefusedByTheSameCheckOnPhoneAndServerWithItsFieldPath() {
        for (Limit l : everyLimit()) {
            List<Violation> expected = List.of(Violation.of(ReasonCode.TEXT_TOO_LONG, l.field()));
            // Thai letters, counted as the server counts them: one per code point
            Map<String, Object> json = withText(l.payload().toJson(), l.field(), "ก".repeat(l.max() + 1));

            OpPayloads.Decoded decoded = OpPayloads.decode(l.payload().type(), json, NOW);

            assertEquals(expected, decoded.violations(), "server: " + l.payload().type() + " " + l.field());
            assertEquals(expected, decoded.payload().limits(), "limits: " + l.payload().type() + " " + l.field());
            assertEquals(expected.get(0), decoded.payload().validate(NOW).get(0),
                    "phone (validate, limits first): " + l.payload().type() + " " + l.field());
        }
    }

    @Test
    void aTextAtItsLimitPassesTheLimitsAndSpacesAtTheEndsDoNotCount() {
        for (Limit l : everyLimit()) {
            Map<String, Object> json = withText(l.payload().toJson(), l.field(), "  " + "ก".repeat(l.max()) + " ");

            OpPayloads.Decoded decoded = OpPayloads.decode(l.payload().type(), json, NOW);

            assertTrue(decoded.payload().limits().isEmpty(), l.payload().type() + " " + l.field());
            assertFalse(decoded.violations().stream().anyMatch(v -> v.code() == ReasonCode.TEXT_TOO_LONG),
                    l.payload().type() + " " + l.field());
        }
    }

    @Test
    void aTextTooLongIsReportedAloneAsTheServerAlwaysDidEvenWhenOtherRulesAreBroken() {
        MemberUpsert member = new MemberUpsert("ก".repeat(201), null, null, null, LocalDate.of(2030, 1, 1), 0);

        assertEquals(List.of(Violation.of(ReasonCode.TEXT_TOO_LONG, "name")),
                OpPayloads.decode(OpType.MEMBER_UPSERT, member.toJson(), NOW).violations());
        assertEquals(List.of(Violation.of(ReasonCode.TEXT_TOO_LONG, "name"),
                        Violation.of(ReasonCode.DATE_OUT_OF_RANGE, "joinedOn"),
                        Violation.of(ReasonCode.VERSION_INVALID, "version")),
                member.validate(NOW), "the phone's form shows every field's problem at once");
    }

    @Test
    void blankNamesAreNobodyForTwoApprovers() {
        WithdrawalRecord w = new WithdrawalRecord(ID, 5_000, NOW, List.of("สมชาย", "  "));
        assertEquals(List.of(Violation.of(ReasonCode.APPROVERS_REQUIRED, "approvedBy")), w.validate(NOW));
    }

    @Test
    void amountsAndWeightsHaveOneRuleEach() {
        assertEquals(ReasonCode.AMOUNT_NOT_POSITIVE, Limits.amountProblem(0).orElseThrow());
        assertEquals(ReasonCode.AMOUNT_TOO_LARGE, Limits.amountProblem(Limits.MAX_AMOUNT + 1).orElseThrow());
        assertTrue(Limits.amountProblem(Limits.MAX_AMOUNT).isEmpty());
        assertEquals(ReasonCode.WEIGHT_NOT_POSITIVE, Limits.weightProblem(-5).orElseThrow());
        assertEquals(ReasonCode.WEIGHT_TOO_LARGE, Limits.weightProblem(Limits.MAX_LINE_GRAMS + 1).orElseThrow());
        assertTrue(Limits.weightProblem(Limits.MAX_LINE_GRAMS).isEmpty());
        LevyRun levy = new LevyRun(ID, "2569", "ค่าบำรุง", "ANNUAL_FEE", NOW, List.of(new LevyLine(OTHER, 0)), 0,
                List.of("ก", "ข"));
        assertEquals(List.of(Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "lines[0].amount")), levy.validate(NOW));
    }

    /** The JSON with the text at {@code field} ({@code name}, {@code photos[1]}, {@code lines[0].materialCode}) replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withText(Map<String, Object> json, String field, String text) {
        Map<String, Object> out = new LinkedHashMap<>(json);
        Matcher element = ELEMENT.matcher(field);
        if (!element.matches()) {
            out.put(field, text);
            return out;
        }
        List<Object> list = new ArrayList<>((List<Object>) out.get(element.group(1)));
        int i = Integer.parseInt(element.group(2));
        if (element.group(3) == null) {
            list.set(i, text);
        } else {
            Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) list.get(i));
            inner.put(element.group(3), text);
            list.set(i, inner);
        }
        out.put(element.group(1), list);
        return out;
    }
}
