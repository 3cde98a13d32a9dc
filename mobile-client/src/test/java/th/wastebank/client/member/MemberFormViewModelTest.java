package th.wastebank.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberStatus;
import th.wastebank.validation.ReasonCode;

import th.wastebank.client.testing.FreshPhoneTest;

class MemberFormViewModelTest extends FreshPhoneTest {
    private MemberFormViewModel form(Member editing) {
        MemberFormViewModel vm = new MemberFormViewModel(client.ctx.members(), client.clock,
                editing == null ? null : editing.id(), client.screens);
        vm.load();
        return vm;
    }

    @Test
    void aMemberNeedsAName() {
        MemberFormViewModel vm = form(null);
        vm.houseNo().set("12");

        vm.save();

        assertEquals(ReasonCode.NAME_REQUIRED.messageTh(null), vm.nameError().get());
        assertEquals("12", vm.houseNo().get());
        assertEquals(0, client.ctx.members().counts().active());
    }

    @Test
    void typingTheNameOfAnExistingMemberWarnsButStillRegisters() {
        Member somsri = client.ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", "หมู่ 4", null,
                LocalDate.of(2025, 1, 5)));
        MemberFormViewModel vm = form(null);

        vm.name().set("นางสมศรี  ใจดี");
        assertEquals("มีสมาชิกชื่อ นางสมศรี ใจดี อยู่แล้ว (12 หมู่ 4) ถ้าเป็นคนเดียวกัน ไม่ต้องสมัครซ้ำ", vm.namesake().get());
        vm.name().set("นางสมศรี ใจงาม");
        assertNull(vm.namesake().get(), "another name");
        vm.name().set("นางสมศรี ใจดี");
        vm.save();

        assertEquals(2, client.ctx.members().counts().active(), "a warning, not a refusal: it may be another person");
        assertEquals(1, client.ctx.members().namesakes("นางสมศรี ใจดี", somsri.id()).size());
    }

    @Test
    void editingAMemberIsNotWarnedAboutItself() {
        Member somsri = client.ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", "หมู่ 4", null,
                LocalDate.of(2025, 1, 5)));
        MemberFormViewModel vm = form(somsri);

        vm.name().set("นางสมศรี ใจดี ");
        assertNull(vm.namesake().get());
    }

    @Test
    void registeringSavesTheMemberAndGoesBack() {
        MemberFormViewModel vm = form(null);
        assertEquals(LocalDate.of(2026, 11, 23), vm.joinedOn().get());
        vm.name().set("  นางสมศรี ใจดี ");
        vm.houseNo().set("12");
        vm.village().set("หมู่ 4");

        vm.save();

        Member saved = client.ctx.members().search("สมศรี", 10).get(0);
        assertEquals("นางสมศรี ใจดี", saved.name());
        assertEquals("12 หมู่ 4", saved.addressLine());
        assertEquals("back", client.routes.last());
        assertTrue(client.notices.get(0).contains("นางสมศรี ใจดี"));
        assertEquals(1, client.ctx.outbox().pendingCount());
    }

    @Test
    void editingLoadsTheMemberAndSavesANewVersion() {
        Member somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        MemberFormViewModel vm = form(somsri);
        assertEquals("นางสมศรี ใจดี", vm.name().get());
        assertEquals("หมู่ 4", vm.village().get());

        vm.village().set("หมู่ 5");
        vm.save();

        Member edited = client.ctx.members().get(somsri.id()).orElseThrow();
        assertEquals("หมู่ 5", edited.village());
        assertEquals(2, edited.version());
    }

    @Test
    void aJoiningDayInTheFutureIsRefusedNextToTheField() {
        MemberFormViewModel vm = form(null);
        vm.name().set("นายสมชาย รักษ์โลก");
        vm.joinedOn().set(LocalDate.of(2027, 3, 1));

        vm.save();

        assertEquals(ReasonCode.DATE_OUT_OF_RANGE.messageTh("joinedOn"), vm.joinedOnError().get());
        assertNull(vm.nameError().get());
        assertEquals(0, client.ctx.members().counts().active());
    }

    @Test
    void textLongerThanTheServerAcceptsIsRefusedBeforeSaving() {
        MemberFormViewModel vm = form(null);
        vm.name().set("นายสมชาย รักษ์โลก");
        vm.village().set("ก".repeat(101));

        vm.save();

        assertEquals("ข้อความ หมู่บ้าน / หมู่ที่ ยาวเกินไป", vm.villageError().get());
        assertEquals(0, client.ctx.members().counts().active());
    }

    @Test
    void aMemberWhoDiedIsSavedWithTheDayAndNoteAndNoLongerCounted() {
        Member thongdee = client.member("นายทองดี ใจงาม", "9", "หมู่ 2");
        MemberFormViewModel vm = form(thongdee);
        assertEquals(MemberStatus.ACTIVE, vm.status().get());
        assertTrue(!vm.ended().get());

        vm.status().set(MemberStatus.DECEASED);
        assertEquals(client.today(), vm.statusOn().get(), "today until the committee picks the day");
        vm.statusOn().set(LocalDate.of(2026, 11, 12));
        vm.statusNote().set(" ทายาทคือนางทองใบ ใจงาม ");
        vm.save();

        Member saved = client.ctx.members().get(thongdee.id()).orElseThrow();
        assertEquals(MemberStatus.DECEASED, saved.standing().status());
        assertEquals(LocalDate.of(2026, 11, 12), saved.leftOn());
        assertEquals("ทายาทคือนางทองใบ ใจงาม", saved.standing().note());
        assertEquals(new MemberService.Counts(0, 1), client.ctx.members().counts());
        assertEquals("บันทึกแล้ว: นายทองดี ใจงาม เสียชีวิต ถ้ายังมีเงินออม จ่ายคืนได้จากสมุดบัญชี", client.notices.get(0));
        assertTrue(client.ctx.outbox().pending(10).stream().anyMatch(op -> op.payloadJson().contains(
                "\"status\":\"DECEASED\"") && op.payloadJson().contains("\"statusOn\":\"2026-11-12\"")));
    }

    @Test
    void aLeavingDayBeforeJoiningIsRefusedNextToTheDayAndNothingIsSaved() {
        Member somchai = client.member("นายสมชาย ใจดี", "3", "หมู่ 4");
        MemberFormViewModel vm = form(somchai);
        vm.joinedOn().set(LocalDate.of(2026, 1, 10));
        vm.status().set(MemberStatus.LEFT);
        vm.statusOn().set(LocalDate.of(2026, 1, 9));

        vm.save();

        assertEquals("วันที่สิ้นสุดการเป็นสมาชิกต้องไม่ก่อนวันที่สมัคร", vm.statusOnError().get());
        assertEquals(MemberStatus.ACTIVE, client.ctx.members().get(somchai.id()).orElseThrow().standing().status());
        assertEquals(1, client.ctx.outbox().pendingCount(), "only the registration");
    }

    @Test
    void aMemberWhoComesBackIsActiveAgainAndTheVillagePickedIsKeptThroughEdits() {
        Member mali = client.ctx.members().register(new MemberService.Draft("นางมะลิ หอมดี", "4", "หมู่ที่ 7 บ้านดอน",
                null, LocalDate.of(2025, 1, 5), 7, MemberStatus.MOVED, LocalDate.of(2026, 10, 1), "ไประยอง"));
        assertEquals(new MemberService.Counts(0, 1), client.ctx.members().counts());
        MemberFormViewModel vm = form(mali);
        assertTrue(vm.ended().get());
        assertEquals("ไประยอง", vm.statusNote().get());

        vm.status().set(MemberStatus.ACTIVE);
        vm.save();

        Member back = client.ctx.members().get(mali.id()).orElseThrow();
        assertEquals(MemberStatus.ACTIVE, back.standing().status());
        assertNull(back.leftOn());
        assertNull(back.standing().note());
        assertEquals(7, back.villageNo(), "the หมู่ที่ picked stays");
        assertEquals(new MemberService.Counts(1, 0), client.ctx.members().counts());
    }
}
