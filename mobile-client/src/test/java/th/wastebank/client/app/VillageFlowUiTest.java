package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;

import org.junit.jupiter.api.Test;

import th.wastebank.client.member.Member;
import th.wastebank.client.member.VillagePickViewModel;

/**
 * The list of villages and the member form's picker on the real screens under Monocle headless:
 * from the members screen, a new member's form says there is no village yet and offers to add one;
 * หมู่ที่ 100 is refused in Thai beside the field and nothing is saved; หมู่ที่ 4 บ้านหนองบัว is added,
 * listed, and picked in the form, and the member is saved with villageNo 4 and the village's label.
 */
class VillageFlowUiTest extends PairedPhoneUiTest {

    @SuppressWarnings("unchecked")
    private List<String> pickerLines() {
        return onFx(() -> ((ComboBox<VillagePickViewModel.Choice>) lookup("#member-village").query()).getItems()
                .stream().map(VillagePickViewModel.Choice::shown).toList());
    }

    @SuppressWarnings("unchecked")
    private void pick(String shown) {
        waitUntil(() -> pickerLines().contains(shown));
        interact(() -> {
            ComboBox<VillagePickViewModel.Choice> box = (ComboBox<VillagePickViewModel.Choice>) lookup("#member-village")
                    .query();
            box.setValue(box.getItems().stream().filter(c -> c.shown().equals(shown)).findFirst().orElseThrow());
        });
    }

    @Test
    void aVillageIsAddedFromTheMemberFormAndPickedForANewMember() {
        waitUntil(() -> visible("#home-members"));
        press("#home-members");
        press("#members-add");
        waitUntil(() -> visible("#member-village-add"));
        assertEquals(List.of("ไม่ระบุ"), pickerLines());
        type("#member-name", "นางสมศรี ใจดี");

        press("#member-village-add");
        type("#village-number", "100");
        type("#village-name", "บ้านหนองบัว");
        press("#village-save");
        waitUntil(() -> "เลขหมู่ที่ต้องเป็นเลข 1 ถึง 99".equals(text("#village-number-error")));
        assertTrue(ctx.villages().list().isEmpty(), "nothing saved");

        type("#village-number", "4");
        press("#village-save");
        waitUntil(() -> visible("#member-village"));
        waitUntil(() -> !visible("#member-village-add"));
        assertEquals("นางสมศรี ใจดี", onFx(() -> lookup("#member-name").queryAs(TextInputControl.class).getText()),
                "the member's form kept what was typed");

        pick("หมู่ที่ 4 บ้านหนองบัว");
        press("#member-save");
        waitUntil(() -> texts("#members-list .row-title").contains("นางสมศรี ใจดี"));
        Member saved = ctx.members().search("สมศรี", 1).get(0);
        assertEquals(4, saved.villageNo());
        assertEquals("หมู่ที่ 4 บ้านหนองบัว", saved.village());

        press("#members-villages");
        waitUntil(() -> texts("#village-list .row-title").equals(List.of("หมู่ที่ 4 บ้านหนองบัว")));
        assertTouchTargetsAreAtLeast48px(1);
    }
}
