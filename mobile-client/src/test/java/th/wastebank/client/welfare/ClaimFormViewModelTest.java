package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.client.ui.Async;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFormViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private Scheme birth;
    private ClaimFormViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("ALU_CAN", 4_000);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        birth = client.ctx.schemes().create(new SchemeService.Draft("คลอดบุตร", "BIRTH", "FIXED", 100_000, null, 6,
                10_000, 3, "SALE_MARGIN", null, null, "ACTIVE"));
        PhotoUploadViewModel uploads = new PhotoUploadViewModel(client.ctx.photoUploader(), client.ctx.photos().queue(),
                Async.direct());
        vm = new ClaimFormViewModel(client.ctx.claims(), client.ctx.schemes(), client.ctx.members(), client.ctx.photos(),
                onPicked -> onPicked.accept(TestPictures.picked(2000, 1500, 3)), uploads, client.clock,
                client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void theVerdictIsShownInThaiAsTheFormIsFilledAndTheClaimIsFiledAllTheSame() {
        assertEquals(birth, vm.scheme().get(), "the only open scheme is chosen");
        vm.search().query().set("สมศรี");
        vm.chooseMember(vm.search().results().get(0));

        assertEquals("ไม่ผ่านเงื่อนไข ยื่นคำขอได้ คณะกรรมการเป็นผู้พิจารณา", vm.verdictTitle().get());
        assertEquals(List.of("• ยอดฝากในช่วงที่กำหนด 0.00 บาท ต้องไม่น้อยกว่า 100.00 บาท"), vm.verdictLines());
        client.messages.setLanguage("en");
        assertEquals(List.of("• Deposited 0.00 baht in the window; the scheme needs 100.00"), vm.verdictLines());
        client.messages.setLanguage("th");

        vm.note().set("คลอดที่โรงพยาบาลเทพสถิต");
        vm.save();

        Claim filed = client.ctx.claims().list().get(0);
        assertEquals(somsri.id(), filed.memberId());
        assertEquals(client.today(), filed.eventDate());
        assertEquals(List.of("ยอดฝากในช่วงที่กำหนด 0.00 บาท ต้องไม่น้อยกว่า 100.00 บาท"), filed.unmetTh());
        assertEquals("back", client.routes.last());
        assertEquals("บันทึกคำขอของ นางสมศรี ใจดี แล้ว", client.notices.get(0));
    }

    @Test
    void aMemberWhoMeetsTheRulesSeesTheirFigures() {
        client.ctx.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("ALU_CAN", 2_500)));
        vm.chooseMember(somsri);
        assertEquals("ผ่านเงื่อนไขของสวัสดิการนี้", vm.verdictTitle().get());
        assertEquals(List.of("เป็นสมาชิก 10 เดือน · ยอดฝากในช่วงที่กำหนด 100.00 บาท"), vm.verdictLines());
        assertTrue(vm.verdict().get().eligible());
    }

    @Test
    void memberSchemeAndDaysAreAskedFor() {
        vm.scheme().set(null);
        vm.save();
        assertEquals(ReasonCode.MEMBER_REQUIRED.messageTh(null), vm.memberError().get());
        assertEquals("กรุณาเลือกสวัสดิการ", vm.schemeError().get());

        Scheme hospital = WelfareFixture.hospital(client.ctx);
        vm.load();
        vm.chooseMember(somsri);
        vm.scheme().set(vm.schemes().stream().filter(s -> s.id().equals(hospital.id())).findFirst().orElseThrow());
        assertTrue(vm.perDay().get());
        vm.save();
        assertEquals(ReasonCode.DAYS_REQUIRED.messageTh(null), vm.daysError().get());
        vm.daysText().set("สี่");
        vm.save();
        assertEquals("กรุณากรอกจำนวนวันเป็นจำนวนเต็ม เช่น 4", vm.daysError().get());
        assertTrue(client.ctx.claims().list().isEmpty());

        vm.daysText().set("4");
        vm.save();
        assertNull(vm.daysError().get());
        assertEquals(4L, client.ctx.claims().list().get(0).days());
    }

    @Test
    void anEvidencePhotoIsQueuedWhenTakenAndFiledWithTheClaim() {
        vm.chooseMember(somsri);
        vm.photoList().add();

        assertEquals(1, vm.photoList().tiles().size());
        assertEquals(PhotoState.QUEUED, vm.photoList().tiles().get(0).state());
        vm.save();

        assertEquals(List.of(vm.photoList().tiles().get(0).sha256()), client.ctx.claims().list().get(0).photos());
        assertEquals(1, client.ctx.photos().queue().toUpload().size());
    }
}
