package th.wastebank.client.welfare;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
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

import th.wastebank.client.committee.ApprovalView;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.welfare.Funding;

/**
 * The levy screen: scheme and event, the reason members will read, then the preview (count, total,
 * who would go below zero, every line) and only then the two names and "confirm".
 */
public final class LevyView implements Screen {
    private static final double LIST_HEIGHT = 260;

    private final LevyViewModel vm;
    private final Messages m;
    private final Node root;

    public LevyView(LevyViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<Scheme> scheme = Choices.combo("levy-scheme", m, (f, s) -> s.name());
        scheme.setItems(vm.schemes());
        scheme.valueProperty().bindBidirectional(vm.scheme());
        scheme.promptTextProperty().bind(m.text("levy.scheme.prompt"));
        Label noScheme = Choices.shownWhen(Widgets.label(m.text("levy.scheme.none"), "muted"),
                Bindings.isEmpty(vm.schemes()));

        ComboBox<LevyViewModel.ClaimChoice> claim = Choices.combo("levy-claim", m, (f, c) -> m.get(
                c.levied() ? "levy.claim.done" : "levy.claim.row", c.claim().memberName(), f.date(c.claim().eventDate())));
        claim.setItems(vm.claimChoices());
        claim.valueProperty().bindBidirectional(vm.claim());
        claim.promptTextProperty().bind(m.text("levy.claim.prompt"));
        VBox perEvent = Choices.shownWhen(Widgets.labelled(m.text("levy.claim"), claim, null),
                vm.basis().isEqualTo(Funding.LEVY_PER_EVENT));
        VBox year = Choices.shownWhen(Widgets.labelled(m.text("levy.year"),
                Widgets.field("levy-year", vm.yearText(), null), null), vm.basis().isEqualTo(Funding.ANNUAL_FEE));
        VBox period = Choices.shownWhen(new VBox(
                Widgets.labelled(m.text("levy.period.from"), Widgets.datePicker("levy-from", vm.shareFrom(), m), null),
                Widgets.labelled(m.text("levy.period.to"), Widgets.datePicker("levy-to", vm.shareTo(), m), null)),
                vm.basis().isEqualTo(Funding.DEPOSIT_SHARE));

        Button preview = Widgets.button("levy-preview", m.text("levy.preview"), "secondary");
        preview.disableProperty().bind(vm.busy());
        preview.setOnAction(e -> vm.makePreview());

        Button confirm = Widgets.button("levy-confirm", m.text("levy.confirm"), "primary");
        confirm.disableProperty().bind(vm.busy().or(vm.preview().isNull()));
        confirm.setOnAction(e -> vm.confirm());

        VBox form = new VBox(Widgets.label(m.text("levy.intro"), "muted"),
                Widgets.labelled(m.text("levy.scheme"), scheme, null), noScheme,
                perEvent, year, period,
                Widgets.labelled(m.text("levy.reason"), Widgets.field("levy-reason", vm.reason(), null),
                        Widgets.error("levy-event-error", vm.eventError())),
                preview,
                previewCard(),
                Widgets.error("levy-error", vm.error()),
                confirm);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    /** The preview: totals, warnings, every member's line, and the two names that confirm it. */
    private Node previewCard() {
        Label summary = Widgets.label(m.formatted(vm.preview(), (f, p) -> m.get("levy.summary", f.number(p.members()),
                f.baht(p.total()))), "levy-summary");
        summary.setId("levy-summary");
        Label negative = Widgets.label(m.formatted(vm.preview(), (f, p) -> m.get("levy.negative",
                f.number(p.goingNegative()))), "warning-text");
        negative.setId("levy-negative");
        HBox negativeRow = Choices.shownWhen(new HBox(Icons.of(Icons.WARNING, "warning-icon"), negative),
                Bindings.createBooleanBinding(() -> vm.preview().get() != null && vm.preview().get().goingNegative() > 0,
                        vm.preview()));
        negativeRow.getStyleClass().add("warning-banner");
        Label skipped = Widgets.label(m.formatted(vm.preview(), (f, p) -> String.join("\n",
                p.notYetMembers() > 0 ? m.get("levy.notYet", f.number(p.notYetMembers())) : "",
                p.nothingToShare() > 0 ? m.get("levy.nothingToShare", f.number(p.nothingToShare())) : "").strip()),
                "row-detail");

        ListView<LevyPreview.Line> list = Widgets.list("levy-lines", vm.lines(), this::line);
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(LIST_HEIGHT);
        VBox.setVgrow(list, Priority.NEVER);

        VBox card = Widgets.card("levy-preview-card", summary, negativeRow, skipped, list,
                ApprovalView.of(vm.approval(), m, "levy", new VBox(
                        Widgets.labelled(m.text("levy.approver"), Widgets.field("levy-approver", vm.approver(), null), null),
                        Widgets.labelled(m.text("levy.second"), Widgets.field("levy-second", vm.secondApprover(), null),
                                Widgets.error("levy-approvers-error", vm.approversError())),
                        Widgets.label(m.text("claim.pay.twoPeople.levy"), "muted"))));
        card.setId("levy-preview-card");
        card.visibleProperty().bind(vm.preview().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node line(LevyPreview.Line l) {
        Label name = Widgets.text(l.name(), "row-title");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label amount = Widgets.line(m.show(l.amount(), (f, a) -> "-" + f.baht(a)), "entry-amount", "debit");
        HBox top = new HBox(name, Widgets.hSpacer(), amount);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label after = Widgets.label(m.show(l, (f, x) -> m.get("levy.line.after", f.baht(x.balanceAfter()))
                + (x.goesNegative() ? " · " + m.get("levy.line.negative") : "")),
                l.goesNegative() ? "warning-text" : "row-detail");
        VBox row = new VBox(top, after);
        row.getStyleClass().add("entry-row");
        return row;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("levy.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public LevyViewModel viewModel() {
        return vm;
    }
}
