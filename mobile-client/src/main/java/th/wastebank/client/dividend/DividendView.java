package th.wastebank.client.dividend;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import th.wastebank.client.committee.ApprovalView;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.dividend.DividendPlan;

/**
 * The year-end dividend screen: fiscal year, percent of the year's margin, the rule; the preview
 * (margin, pool, every member's line); then the two committee members and "confirm".
 */
public final class DividendView implements Screen {
    private static final double LIST_HEIGHT = 260;

    private final DividendViewModel vm;
    private final Messages m;
    private final Node root;

    public DividendView(DividendViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<DividendPlan.Rule> rule = new ComboBox<>(FXCollections.observableArrayList(vm.rules()));
        rule.setId("dividend-rule");
        rule.setMaxWidth(Double.MAX_VALUE);
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(DividendPlan.Rule r) {
                return r == null ? "" : m.get("dividend.rule." + r.name());
            }

            @Override
            public DividendPlan.Rule fromString(String text) {
                return rule.getValue();
            }
        });
        rule.valueProperty().bindBidirectional(vm.rule());

        Button preview = Widgets.button("dividend-preview", m.text("dividend.preview"), "secondary");
        preview.disableProperty().bind(vm.busy());
        preview.setOnAction(e -> vm.makePreview());
        Button confirm = Widgets.button("dividend-confirm", m.text("dividend.confirm"), "primary");
        confirm.disableProperty().bind(vm.busy().or(vm.preview().isNull()));
        confirm.setOnAction(e -> vm.confirm());

        VBox form = new VBox(Widgets.label(m.text("dividend.intro"), "muted"),
                Widgets.labelled(m.text("dividend.year"), Widgets.field("dividend-year", vm.yearText(), null),
                        Widgets.error("dividend-year-error", vm.yearError())),
                Widgets.labelled(m.text("dividend.percent"), Widgets.field("dividend-percent", vm.percentText(), null),
                        Widgets.error("dividend-percent-error", vm.percentError())),
                Widgets.labelled(m.text("dividend.rule"), rule, null),
                preview, previewCard(), Widgets.error("dividend-error", vm.error()), confirm);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    private Node previewCard() {
        Label summary = Widgets.label(m.formatted(vm.preview(), (f, p) -> m.get("dividend.summary", p.year().nameTh(),
                f.baht(p.margin()), f.baht(p.pool()), f.number(p.lines().size()))), "levy-summary");
        summary.setId("dividend-summary");
        Label leftOut = Widgets.label(m.formatted(vm.preview(), (f, p) -> p.leftOut() > 0
                ? m.get("dividend.leftOut", f.number(p.leftOut())) : ""), "row-detail");
        ListView<DividendPreview.Line> list = Widgets.list("dividend-lines", vm.lines(), this::line);
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(LIST_HEIGHT);
        VBox.setVgrow(list, Priority.NEVER);
        VBox card = Widgets.card("levy-preview-card", summary, leftOut, list,
                ApprovalView.withTypedNames(vm.approval(), m, "dividend"));
        card.setId("dividend-preview-card");
        card.visibleProperty().bind(vm.preview().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node line(DividendPreview.Line l) {
        Label name = Widgets.text(l.name(), "row-title");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label amount = Widgets.line(m.show(l.amount(), (f, a) -> "+" + f.baht(a)), "entry-amount", "credit");
        HBox top = new HBox(name, Widgets.hSpacer(), amount);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label deposits = Widgets.label(m.show(l.depositsInYear(), (f, d) -> m.get("dividend.line.deposits", f.baht(d))),
                "row-detail");
        VBox row = new VBox(top, deposits);
        row.getStyleClass().add("entry-row");
        return row;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("dividend.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public DividendViewModel viewModel() {
        return vm;
    }
}
