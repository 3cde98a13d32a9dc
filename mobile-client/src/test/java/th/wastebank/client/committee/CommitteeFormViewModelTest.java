package th.wastebank.client.committee;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;
import th.wastebank.committee.CommitteeRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster on the real store: adding and editing a seat (each an op), the rules in Thai, the PIN screen. */
class CommitteeFormViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private CommitteeFormViewModel form(java.util.UUID id) {
        CommitteeFormViewModel vm = new CommitteeFormViewModel(client.ctx.committee(), id, client.clock, client.screens);
        vm.load();
        return vm;
    }

    @Test
    void aSeatIsAddedThenItsTermEndedAndBothAreOpsToSend() {
        CommitteeFormViewModel add = form(null);
        add.name().set("  นางสมหญิง เหรัญญิก ");
        add.role().set(CommitteeRole.TREASURER);
        add.from().set(LocalDate.of(2025, 10, 1));
        add.save();
        CommitteeMember saved = client.ctx.committee().list().get(0);
        assertEquals("นางสมหญิง เหรัญญิก", saved.name());
        assertEquals("บันทึกข้อมูลกรรมการ นางสมหญิง เหรัญญิก แล้ว", client.notices.get(0));

        CommitteeFormViewModel edit = form(saved.id());
        assertEquals(CommitteeRole.TREASURER, edit.role().get());
        edit.to().set(LocalDate.of(2026, 9, 30));
        edit.save();

        CommitteeMember ended = client.ctx.committee().get(saved.id()).orElseThrow();
        assertEquals(2, ended.version());
        assertTrue(client.ctx.committee().onCommittee(client.today()).isEmpty(), "the term ended before today");
        assertEquals(2, client.ctx.outbox().pending(10).stream().filter(op -> op.type().equals("committee.upsert"))
                .count());
    }

    @Test
    void noNameAndAnEndBeforeTheStartAreRefusedBesideTheirFields() {
        CommitteeFormViewModel add = form(null);
        add.from().set(LocalDate.of(2025, 10, 1));
        add.to().set(LocalDate.of(2025, 9, 1));

        add.save();

        assertEquals("กรุณากรอกชื่อกรรมการ", add.nameError().get());
        assertEquals("วันที่พ้นวาระต้องไม่ก่อนวันที่เริ่มวาระ", add.toError().get());
        assertTrue(client.ctx.committee().list().isEmpty());
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void aPinOfThreeDigitsIsRefusedInThaiAndAChangeAsksForTheCurrentPin() {
        CommitteeMember chair = client.ctx.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR",
                LocalDate.of(2025, 10, 1), null));
        PinViewModel pin = new PinViewModel(client.ctx.committee(), client.ctx.pins(), chair.id(),
                client.approval(ReasonCode.APPROVERS_REQUIRED), client.screens);
        pin.load();
        pin.newPin().set("123");
        pin.repeatPin().set("123");
        pin.save();
        assertEquals("รหัส PIN ต้องมีอย่างน้อย 4 หลัก", pin.newError().get());
        assertTrue(!client.ctx.pins().hasPin(chair.id()));

        pin.newPin().set("1357");
        pin.repeatPin().set("1375");
        pin.save();
        assertEquals("รหัส PIN ที่ใส่สองครั้งไม่ตรงกัน", pin.repeatError().get());

        pin.repeatPin().set("1357");
        pin.save();
        assertNull(pin.newError().get());
        assertEquals("ตั้งรหัส PIN ของ นายสมชาย ประธาน แล้ว", client.notices.get(client.notices.size() - 1));
        assertTrue(client.ctx.committee().get(chair.id()).orElseThrow().hasPin());

        PinViewModel change = new PinViewModel(client.ctx.committee(), client.ctx.pins(), chair.id(),
                client.approval(ReasonCode.APPROVERS_REQUIRED), client.screens);
        change.load();
        assertTrue(change.hasPin().get());
        change.currentPin().set("0000");
        change.newPin().set("2468");
        change.repeatPin().set("2468");
        change.save();
        assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)", change.currentError().get());
        client.ctx.pins().verify(chair.id(), "1357");
    }

    @Test
    void aForgottenPinIsSetAgainOnTheWordOfTwoOtherCommitteeMembersEnteringTheirPinsAndNeverOnTheirOwn() {
        CommitteeMember chair = seat("นายสมชาย ประธาน", "CHAIR", "1357");
        CommitteeMember treasurer = seat("นางสมหญิง เหรัญญิก", "TREASURER", "2468");
        CommitteeMember secretary = seat("นางสาวมาลี เลขานุการ", "SECRETARY", "3690");
        for (int i = 0; i < 5; i++) {
            assertThrows(ApprovalRefused.class, () -> client.ctx.pins().verify(treasurer.id(), "0000"));
        }
        PinViewModel pin = new PinViewModel(client.ctx.committee(), client.ctx.pins(), treasurer.id(),
                client.approval(ReasonCode.APPROVERS_REQUIRED), client.screens);
        pin.load();
        pin.forgotPin();
        pin.newPin().set("8080");
        pin.repeatPin().set("8080");

        pin.approval().first().set(treasurer);
        pin.approval().firstPin().set("2468");
        pin.approval().second().set(chair);
        pin.approval().secondPin().set("1357");
        pin.save();
        assertEquals("ผู้ที่ลืมรหัสยืนยันการตั้งรหัสใหม่ของตนเองไม่ได้ กรุณาเลือกกรรมการคนอื่น",
                pin.approval().firstError().get());

        pin.approval().first().set(secretary);
        pin.approval().firstPin().set("0000");
        pin.approval().secondPin().set("1357");
        pin.save();
        assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)", pin.approval().firstError().get());
        assertThrows(ApprovalRefused.class, () -> client.ctx.pins().verify(treasurer.id(), "8080"), "nothing set yet");

        pin.approval().firstPin().set("3690");
        pin.approval().secondPin().set("1357");
        pin.save();
        assertEquals("ตั้งรหัส PIN ใหม่ของ นางสมหญิง เหรัญญิก แล้ว ยืนยันโดย นางสาวมาลี เลขานุการ และ นายสมชาย ประธาน",
                client.notices.get(client.notices.size() - 1));
        client.ctx.pins().verify(treasurer.id(), "8080");
        assertEquals("back", client.routes.last());
    }

    private CommitteeMember seat(String name, String role, String pin) {
        CommitteeMember m = client.ctx.committee().add(new CommitteeService.Draft(name, role, LocalDate.of(2025, 10, 1), null));
        client.ctx.pins().set(m.id(), null, pin);
        return m;
    }
}
