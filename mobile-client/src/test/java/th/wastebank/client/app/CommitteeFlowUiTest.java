package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.client.committee.CommitteeMember;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.committee.CommitteeRole;
import th.wastebank.validation.Dates;

/**
 * The committee roster and PINs on the real screens under Monocle headless: from the settings, add
 * the chair and the treasurer, set their PINs (three digits refused in Thai), then pay a member out
 * on the withdrawal screen: a wrong PIN is refused beside its field and nothing is paid; the right
 * PINs pay, and the op carries both roster ids.
 */
class CommitteeFlowUiTest extends PairedPhoneUiTest {
    private UUID somsri;

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        somsri = ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4", null,
                today.minusYears(1))).id();
        ctx.deposits().record(somsri, List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
    }

    private void addSeat(String name, CommitteeRole role) {
        press("#committee-add");
        type("#committee-name", name);
        choose("#committee-role", role);
        press("#committee-save");
        waitUntil(() -> texts("#committee-list .row-title").contains(name));
    }

    private CommitteeMember seat(String name) {
        return ctx.committee().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private void setPin(String name, String pin) {
        press("#committee-pin-" + seat(name).id());
        type("#pin-new", pin);
        type("#pin-repeat", pin);
        press("#pin-save");
        waitUntil(() -> visible("#committee-add"));
    }

    @Test
    void theCommitteeSetsPinsAndAWithdrawalIsApprovedWithThemAfterAWrongPinWasRefused() {
        waitUntil(() -> visible("#home-settings"));
        press("#home-settings");
        press("#settings-committee");
        waitUntil(() -> visible("#committee-empty"));
        addSeat("นายสมชาย ประธาน", CommitteeRole.CHAIR);
        addSeat("นางสมหญิง เหรัญญิก", CommitteeRole.TREASURER);
        assertTrue(texts("#committee-list .row-detail").contains("ยังไม่ได้ตั้งรหัส PIN ในเครื่องนี้"));

        press("#committee-pin-" + seat("นายสมชาย ประธาน").id());
        type("#pin-new", "135");
        type("#pin-repeat", "135");
        press("#pin-save");
        waitUntil(() -> "รหัส PIN ต้องมีอย่างน้อย 4 หลัก".equals(text("#pin-new-error")));
        type("#pin-new", "1357");
        type("#pin-repeat", "1357");
        press("#pin-save");
        waitUntil(() -> visible("#committee-add"));
        setPin("นางสมหญิง เหรัญญิก", "2468");
        waitUntil(() -> texts("#committee-list .row-detail").stream()
                .filter("ตั้งรหัส PIN ในเครื่องนี้แล้ว"::equals).count() == 2);

        interact(() -> screens.ui.withdrawal(somsri));
        waitUntil(() -> visible("#withdrawal-approver-1"));
        assertTrue(!visible("#withdrawal-paid-by"), "with a roster, names are not typed");
        type("#withdrawal-amount", "20");
        choose("#withdrawal-approver-1", seat("นายสมชาย ประธาน"));
        type("#withdrawal-pin-1", "1357");
        choose("#withdrawal-approver-2", seat("นางสมหญิง เหรัญญิก"));
        type("#withdrawal-pin-2", "9999");
        press("#withdrawal-save");
        waitUntil(() -> "รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)"
                .equals(text("#withdrawal-approver-2-error")));
        assertEquals(10_000, ctx.ledger().balance(somsri), "nothing was paid");

        type("#withdrawal-pin-1", "1357");
        type("#withdrawal-pin-2", "2468");
        press("#withdrawal-save");
        waitUntil(() -> ctx.ledger().balance(somsri) == 8_000);
        String payload = ctx.outbox().pending(100).stream().filter(op -> op.type().equals("withdrawal.record"))
                .findFirst().orElseThrow().payloadJson();
        assertTrue(payload.contains(seat("นายสมชาย ประธาน").id().toString())
                && payload.contains(seat("นางสมหญิง เหรัญญิก").id().toString()), payload);
    }
}
