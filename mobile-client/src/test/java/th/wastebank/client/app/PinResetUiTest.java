package th.wastebank.client.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.client.committee.CommitteeMember;
import th.wastebank.client.committee.CommitteeService;

/**
 * A committee member who forgot their PIN, on the real PIN screen under Monocle headless: "ลืมรหัส
 * PIN?" swaps the current PIN for two other members' names and PINs, and the new PIN then works.
 */
class PinResetUiTest extends PairedPhoneUiTest {

    private CommitteeMember seat(String name) {
        return ctx.committee().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aForgottenPinIsSetAgainOnThePinScreenByTwoOtherCommitteeMembersPins() {
        Map<String, String> pins = Map.of("นายสมชาย ประธาน", "1357", "นางสมหญิง เหรัญญิก", "2468",
                "นางสาวมาลี เลขานุการ", "3690");
        List<String> roles = List.of("CHAIR", "TREASURER", "SECRETARY");
        List<String> names = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก", "นางสาวมาลี เลขานุการ");
        for (int i = 0; i < 3; i++) {
            CommitteeMember c = ctx.committee().add(new CommitteeService.Draft(names.get(i), roles.get(i),
                    LocalDate.of(2025, 10, 1), null));
            ctx.pins().set(c.id(), null, pins.get(names.get(i)));
        }
        UUID treasurer = seat("นางสมหญิง เหรัญญิก").id();
        waitUntil(() -> visible("#home-settings"));

        interact(() -> screens.ui.committeePin(treasurer));
        press("#pin-forgot");
        waitUntil(() -> !visible("#pin-current"));
        choose("#pin-reset-approver-1", seat("นายสมชาย ประธาน"));
        type("#pin-reset-pin-1", "1357");
        choose("#pin-reset-approver-2", seat("นางสาวมาลี เลขานุการ"));
        type("#pin-reset-pin-2", "3690");
        type("#pin-new", "8080");
        type("#pin-repeat", "8080");
        press("#pin-save");

        waitUntil(() -> !visible("#pin-save"));
        ctx.pins().verify(treasurer, "8080");
    }
}
