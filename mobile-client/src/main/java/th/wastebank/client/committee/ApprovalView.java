package th.wastebank.client.committee;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Widgets;

/**
 * The approval step on a form of money leaving an account: where the bank has a roster, two
 * pickers of the members on the committee today, each with a PIN field; where it has none yet, the
 * form's own typed-name fields, with a line that says PINs come with a roster.
 */
public final class ApprovalView {
    private ApprovalView() {
    }

    /**
     * @param id         the form's id prefix ({@code withdrawal}: {@code withdrawal-approver-1}, {@code withdrawal-pin-1})
     * @param typedNames the form's fields for two typed names, shown only while there is no roster
     */
    public static Node of(ApprovalViewModel vm, Messages m, String id, Node typedNames) {
        VBox typed = new VBox(typedNames, Widgets.label(m.text("approval.noRoster"), "muted"));
        typed.getStyleClass().add("form");
        typed.visibleProperty().bind(vm.usesRoster().not());
        typed.managedProperty().bind(typed.visibleProperty());

        VBox roster = new VBox(
                approver(vm, m, id, 1, m.text("approval.first")),
                approver(vm, m, id, 2, m.text("approval.second")),
                Widgets.label(m.text("approval.rosterNote"), "muted"));
        roster.getStyleClass().add("form");
        roster.visibleProperty().bind(vm.usesRoster());
        roster.managedProperty().bind(roster.visibleProperty());
        return new VBox(typed, roster);
    }

    /**
     * {@link #of} with the two typed-name fields every form of a run has ({@code id-approver},
     * {@code id-second} and their error), where the form keeps no names of its own.
     */
    public static Node withTypedNames(ApprovalViewModel vm, Messages m, String id) {
        return of(vm, m, id, new VBox(
                Widgets.labelled(m.text("levy.approver"), Widgets.field(id + "-approver", vm.firstName(), null), null),
                Widgets.labelled(m.text("levy.second"), Widgets.field(id + "-second", vm.secondName(), null),
                        Widgets.error(id + "-approvers-error", vm.error()))));
    }

    private static Node approver(ApprovalViewModel vm, Messages m, String id, int n,
                                 javafx.beans.value.ObservableValue<String> caption) {
        ComboBox<CommitteeMember> pick = new ComboBox<>(vm.choices());
        pick.setId(id + "-approver-" + n);
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommitteeMember c) {
                return c == null ? "" : c.name() + " (" + (m.thai() ? c.role().nameTh() : c.role().nameEn()) + ")";
            }

            @Override
            public CommitteeMember fromString(String text) {
                return pick.getValue();
            }
        });
        pick.valueProperty().bindBidirectional(n == 1 ? vm.first() : vm.second());
        PasswordField pin = new PasswordField();
        pin.setId(id + "-pin-" + n);
        pin.textProperty().bindBidirectional(n == 1 ? vm.firstPin() : vm.secondPin());
        pin.promptTextProperty().bind(m.text("approval.pin"));
        VBox box = new VBox(pick, pin);
        box.getStyleClass().add("form");
        return Widgets.labelled(caption, box,
                Widgets.error(id + "-approver-" + n + "-error", n == 1 ? vm.firstError() : vm.secondError()));
    }
}
