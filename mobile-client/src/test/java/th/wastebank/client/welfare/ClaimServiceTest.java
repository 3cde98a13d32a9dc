package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String PHOTO = "c".repeat(64);

    /** Members of 6 months or more who deposited at least 100 baht over the last 3 months. */
    private static Scheme strict(ClientContext phone) {
        return phone.schemes().create(new SchemeService.Draft("คลอดบุตร", "BIRTH", "FIXED", 100_000, null, 6, 10_000,
                3, "SALE_MARGIN", null, null, "ACTIVE"));
    }

    @Test
    void aClaimThatFailsTheRulesIsWarnedInThaiAndFiledAllTheSame(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member newcomer = phone.members().register(new MemberService.Draft("นางมาใหม่ ใจดี", "9", "หมู่ 2", null,
                    LocalDate.of(2026, 9, 1)));
            phone.deposits().record(newcomer.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 5_000))); // 40 baht
            Scheme birth = strict(phone);

            Verdict verdict = phone.claims().check(birth.id(), newcomer.id(), TODAY);
            assertFalse(verdict.eligible());
            assertEquals(List.of("เป็นสมาชิกมา 2 เดือน สวัสดิการนี้ต้องเป็นสมาชิกอย่างน้อย 6 เดือน",
                    "ยอดฝากในช่วงที่กำหนด 40.00 บาท ต้องไม่น้อยกว่า 100.00 บาท"), verdict.unmetTh());

            Claim claim = phone.claims().file(new ClaimService.Draft(birth.id(), newcomer.id(), TODAY, null,
                    "คลอดที่โรงพยาบาลเทพสถิต", List.of(PHOTO)));

            assertFalse(claim.eligible());
            assertEquals(verdict.unmetTh(), claim.unmetTh());
            assertEquals(List.of("Member for 2 months; the scheme needs 6",
                    "Deposited 40.00 baht in the window; the scheme needs 100.00"), claim.unmetEn());
            assertEquals(List.of(PHOTO), claim.photos());
            assertEquals("นางมาใหม่ ใจดี", claim.memberName());
            assertEquals("คลอดบุตร", claim.schemeName());
            assertEquals(SyncState.PENDING, claim.syncState());
            assertEquals(List.of(claim), phone.claims().list());
            assertTrue(phone.outbox().pending(100).stream().anyMatch(op -> op.type().equals("welfare.claim.file")
                    && op.entityId().equals(claim.id()) && op.payloadJson().contains(PHOTO)));
        }
    }

    @Test
    void aMemberWhoMeetsTheRulesIsEligibleAndAReversedDepositDoesNotCount(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member old = phone.members().register(new MemberService.Draft("นายเก่าแก่ รักษ์โลก", "3", "หมู่ 1", null,
                    LocalDate.of(2025, 1, 10)));
            DepositService.Receipt cans = phone.deposits().record(old.id(),
                    List.of(new DepositService.LineDraft("ALU_CAN", 2_500))); // 100 baht
            Scheme birth = strict(phone);
            assertTrue(phone.claims().check(birth.id(), old.id(), TODAY).eligible());

            phone.reversals().reverse(cans.entryId(), "ชั่งผิด");

            Verdict after = phone.claims().check(birth.id(), old.id(), TODAY);
            assertEquals(0, after.deposits());
            assertEquals(List.of("ยอดฝากในช่วงที่กำหนด 0.00 บาท ต้องไม่น้อยกว่า 100.00 บาท"), after.unmetTh());
        }
    }

    @Test
    void aPerDayClaimNeedsItsDaysAndAPausedSchemeIsWarned(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Member patient = StoreFixture.member(phone, "นางป่วย ไข้");
            Scheme hospital = WelfareFixture.hospital(phone);
            Invalid noDays = assertThrows(Invalid.class, () -> phone.claims().file(new ClaimService.Draft(hospital.id(),
                    patient.id(), TODAY, null, null, List.of())));
            assertEquals(ReasonCode.DAYS_REQUIRED, noDays.violations().get(0).code());
            assertEquals(ReasonCode.DAYS_REQUIRED, assertThrows(Invalid.class, () -> phone.claims().file(
                    new ClaimService.Draft(hospital.id(), patient.id(), TODAY, 400L, null, List.of())))
                    .violations().get(0).code());
            assertEquals(ReasonCode.MEMBER_REQUIRED, assertThrows(Invalid.class, () -> phone.claims().file(
                    new ClaimService.Draft(hospital.id(), null, TODAY, 3L, null, List.of()))).violations().get(0).code());
            assertEquals(List.of(), phone.claims().list(), "nothing was filed");

            phone.schemes().edit(hospital.id(), new SchemeService.Draft("นอนโรงพยาบาล", "ILLNESS", "PER_DAY", 20_000,
                    10L, 0, 0, 0, "SALE_MARGIN", null, null, "PAUSED"));
            Claim claim = phone.claims().file(new ClaimService.Draft(hospital.id(), patient.id(), TODAY, 4L, null,
                    List.of()));
            assertEquals(4L, claim.days());
            assertTrue(claim.schemePaused());
            assertFalse(claim.eligible());
            assertEquals(List.of(), claim.unmetTh());
        }
    }
}
