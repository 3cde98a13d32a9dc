package th.wastebank.client.welfare;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.WelfareType;

/** The scheme form: kind and name, what a claim pays, who may claim, where the money comes from, status. */
public final class SchemeFormView implements Screen {
    private final SchemeFormViewModel vm;
    private final Messages m;
    private final Node root;

    public SchemeFormView(SchemeFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<WelfareType> kind = Choices.combo("scheme-kind", m, (f, k) -> f.thai() ? k.nameTh() : k.nameEn());
        kind.getItems().setAll(WelfareType.values());
        kind.valueProperty().bindBidirectional(vm.kind());

        VBox rule = new VBox(
                Choices.choice("scheme-rule-FIXED", m.text("scheme.payoutRule.FIXED"), vm.perDay().not(),
                        () -> vm.perDay().set(false)),
                Choices.choice("scheme-rule-PER_DAY", m.text("scheme.payoutRule.PER_DAY"), vm.perDay(),
                        () -> vm.perDay().set(true)));
        rule.getStyleClass().add("choices");
        VBox maxDays = Choices.shownWhen(Widgets.labelled(m.text("scheme.maxDays"),
                WelfareWidgets.number("scheme-max-days", vm.maxDaysText(), null, m.text("claim.days.unit")), null),
                vm.perDay());

        ComboBox<Funding> funding = Choices.combo("scheme-funding", m, (f, x) -> f.thai() ? x.nameTh() : x.nameEn());
        funding.getItems().setAll(Funding.values());
        funding.valueProperty().bindBidirectional(vm.funding());
        VBox levy = Choices.shownWhen(Widgets.labelled(m.text("scheme.levyAmount"),
                WelfareWidgets.number("scheme-levy", vm.levyText(), null, m.text("unit.baht")), null),
                vm.levyAmountShown());
        VBox share = Choices.shownWhen(Widgets.labelled(m.text("scheme.sharePercent"),
                WelfareWidgets.number("scheme-share", vm.sharePercentText(), null, m.text("scheme.percent.unit")), null),
                vm.shareShown());
        Label saleMargin = Choices.shownWhen(Widgets.label(m.text("scheme.saleMarginNote"), "muted"),
                vm.funding().isEqualTo(Funding.SALE_MARGIN));

        VBox status = new VBox(
                Choices.choice("scheme-active", m.text("welfare.scheme.ACTIVE"), vm.active(),
                        () -> vm.active().set(true)),
                Choices.choice("scheme-paused", m.text("welfare.scheme.PAUSED"), vm.active().not(),
                        () -> vm.active().set(false)));
        status.getStyleClass().add("choices");

        Button save = Widgets.button("scheme-save", m.text("scheme.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(
                Widgets.labelled(m.text("scheme.kind"), kind, Widgets.error("scheme-kind-error", vm.kindError())),
                Widgets.labelled(m.text("scheme.name"), Widgets.field("scheme-name", vm.name(),
                        m.text("scheme.name.prompt")), Widgets.error("scheme-name-error", vm.nameError())),
                Widgets.labelled(m.text("scheme.payoutRule"), rule, null),
                Widgets.labelled(Bindings.createStringBinding(() -> m.get(vm.perDay().get() ? "scheme.payoutPerDay"
                                : "scheme.payoutAmount"), vm.perDay(), m.languageProperty()),
                        WelfareWidgets.number("scheme-payout", vm.payoutText(), null, m.text("unit.baht")),
                        Widgets.error("scheme-payout-error", vm.payoutError())),
                maxDays,
                Widgets.label(m.text("scheme.eligibility"), "section-title"),
                Widgets.labelled(m.text("scheme.minMonths"), Widgets.field("scheme-min-months", vm.minMonthsText(), null),
                        null),
                Widgets.labelled(m.text("scheme.minDeposits"),
                        WelfareWidgets.number("scheme-min-deposits", vm.minDepositsText(), null, m.text("unit.baht")), null),
                Widgets.labelled(m.text("scheme.lookback"), Widgets.field("scheme-lookback", vm.lookbackText(), null),
                        Widgets.error("scheme-eligibility-error", vm.eligibilityError())),
                Widgets.labelled(m.text("scheme.funding"), funding, Widgets.error("scheme-funding-error", vm.fundingError())),
                levy, share, saleMargin,
                Widgets.labelled(m.text("scheme.status"), status, null),
                Widgets.error("scheme-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.editing() ? "scheme.title.edit" : "scheme.title.new");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public SchemeFormViewModel viewModel() {
        return vm;
    }
}
