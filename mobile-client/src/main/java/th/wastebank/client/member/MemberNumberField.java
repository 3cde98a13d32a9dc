package th.wastebank.client.member;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Widgets;

/**
 * The field to pick a member by card number: Enter looks it up (a USB scanner types the number and
 * presses Enter), the camera button shows where the phone can scan. Ids: {@code <id>-member-number},
 * {@code <id>-member-scan}, {@code <id>-member-number-error}, {@code <id>-member-number-notice}.
 */
public final class MemberNumberField {
    private MemberNumberField() {
    }

    public static Node of(String id, MemberNumberPick pick, Messages m) {
        TextField field = Widgets.field(id + "-member-number", pick.text(), m.text("member.number.field"));
        field.setOnAction(e -> pick.pick());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(field);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("input-row");
        if (pick.canScan()) {
            Button scan = Widgets.button(id + "-member-scan", m.text("member.number.scan"), "small-button");
            scan.setMaxWidth(Button.USE_PREF_SIZE);
            scan.setOnAction(e -> pick.scan());
            row.getChildren().add(scan);
        }
        return new VBox(row, Widgets.error(id + "-member-number-error", pick.error()),
                Widgets.warning(id + "-member-number-notice", pick.notice()));
    }

    /** "เลขสมาชิก 0042-7", or that the number comes with the next sync. */
    public static String line(Member member, Messages m) {
        return member.number() == null ? m.get("member.number.pending")
                : m.get("member.number", member.writtenNumber());
    }
}
