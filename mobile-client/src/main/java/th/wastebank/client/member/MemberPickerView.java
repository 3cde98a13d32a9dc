package th.wastebank.client.member;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/**
 * Choosing the member a form is for (a deposit, a claim): a search box with the first matches to tap,
 * then the chosen member's name and address with a button to choose again.
 */
public final class MemberPickerView {
    private static final int RESULTS_SHOWN = 6;

    private final MemberSearch search;
    private final Consumer<Member> choose;
    private final String id;
    private final Messages m;
    private final VBox results = new VBox();
    private final VBox root;

    /**
     * @param id     the prefix of the nodes' ids ({@code deposit} gives {@code deposit-member-search}, …)
     * @param member the form's chosen member (null while searching)
     * @param choose what the form does when a match is tapped
     * @param change what it does when the chosen member is to be chosen again
     */
    public MemberPickerView(String id, ObservableValue<String> caption, MemberSearch search, ObjectProperty<Member> member,
                            StringProperty error, Consumer<Member> choose, Runnable change, Messages m) {
        this.id = id;
        this.search = search;
        this.choose = choose;
        this.m = m;
        TextField query = Widgets.field(id + "-member-search", search.query(), m.text("deposit.member.search"));
        results.setId(id + "-member-results");
        results.getStyleClass().add("member-results");
        search.results().addListener((ListChangeListener<Member>) c -> showResults());
        // a search that finds no one again changes no list: the empty state's words follow the query
        search.query().addListener((o, was, now) -> showResults());
        showResults();
        VBox picking = new VBox(query, results);
        picking.getStyleClass().add("field-group");

        Label name = new WrappingLabel();
        name.setId(id + "-member-name");
        name.getStyleClass().add("chosen-member");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> member.get() == null ? "" : member.get().name(), member));
        Label address = new WrappingLabel();
        address.getStyleClass().add("row-detail");
        address.textProperty().bind(Bindings.createStringBinding(
                () -> member.get() == null ? "" : member.get().addressLine(), member));
        Label number = new WrappingLabel();
        number.setId(id + "-member-number-shown");
        number.getStyleClass().add("row-detail");
        number.textProperty().bind(Bindings.createStringBinding(
                () -> member.get() == null ? "" : MemberNumberField.line(member.get(), m), member, m.languageProperty()));
        Button again = Widgets.button(id + "-member-change", m.text("deposit.member.change"), "small-button");
        again.setMaxWidth(Button.USE_PREF_SIZE);
        again.setOnAction(e -> change.run());
        VBox who = new VBox(name, number, address);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox chosen = new HBox(who, again);
        chosen.setAlignment(Pos.CENTER_LEFT);
        chosen.getStyleClass().addAll("card", "chosen-card");

        picking.visibleProperty().bind(member.isNull());
        picking.managedProperty().bind(picking.visibleProperty());
        chosen.visibleProperty().bind(member.isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        root = new VBox(Widgets.label(caption, "field-caption"), picking, chosen,
                Widgets.error(id + "-member-error", error));
    }

    public Node node() {
        return root;
    }

    private void showResults() {
        results.getChildren().clear();
        search.results().stream().limit(RESULTS_SHOWN).forEach(member -> {
            VBox row = Widgets.tappable(new VBox(Widgets.text(member.name(), "row-title"),
                    Widgets.text(member.addressLine(), "row-detail")), () -> choose.accept(member));
            row.getStyleClass().add("result-row");
            results.getChildren().add(row);
        });
        if (search.results().isEmpty()) {
            results.getChildren().add(Widgets.emptyState(id + "-no-members", m.text(search.query().get().isBlank()
                    ? "members.none.yet" : "members.none"), m.text("members.register"), search::registerMember));
        }
    }
}
