package th.wastebank.client.welfare;

import java.math.BigDecimal;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.welfare.SchemeUpsert;

/** Welfare home: the fund's balance in large numerals, the big buttons, and the bank's schemes. */
public final class WelfareHomeView implements Screen {
    private final WelfareHomeViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox schemeRows = new VBox();

    public WelfareHomeView(WelfareHomeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label balance = Widgets.line(m.formatted(vm.summary(), (f, s) -> f.bahtAmount(s.balance())), "balance-number");
        balance.setId("welfare-balance");
        HBox balanceRow = new HBox(balance, Widgets.label(m.text("unit.baht"), "balance-unit"));
        balanceRow.setAlignment(Pos.BASELINE_LEFT);
        Label sums = Widgets.label(m.formatted(vm.summary(), (f, s) -> m.get("welfare.fund.summary",
                f.baht(s.levied()), f.baht(s.contributed()), f.baht(s.paidOut()))), "row-detail");
        sums.setId("welfare-sums");
        VBox fundCard = Widgets.card("balance-card", Widgets.label(m.text("welfare.fund"), "section-title"),
                Widgets.label(m.text("welfare.fund.balance"), "figure-caption"), balanceRow, sums,
                Widgets.label(m.text("welfare.fund.separate"), "muted"));

        GridPane actions = Widgets.equalColumns(2);
        actions.getStyleClass().add("home-actions");
        actions.add(big("welfare-claims", m.text("welfare.claims"), "primary", vm::openClaims), 0, 0);
        actions.add(big("welfare-levy", m.text("welfare.levy"), "tile", vm::runLevy), 1, 0);
        actions.add(big("welfare-contribute", m.text("welfare.contribute"), "tile", vm::contribute), 0, 1);
        actions.add(big("welfare-history", m.text("welfare.history"), "tile", vm::openHistory), 1, 1);

        Button newScheme = Widgets.button("welfare-new-scheme", m.text("welfare.newScheme"), "secondary");
        newScheme.setOnAction(e -> vm.newScheme());
        schemeRows.setId("welfare-schemes");
        schemeRows.getStyleClass().add("line-rows");
        vm.schemes().addListener((ListChangeListener<Scheme>) c -> drawSchemes());
        drawSchemes();

        VBox content = new VBox(fundCard, actions, Widgets.label(m.text("welfare.schemes"), "section-title"), schemeRows,
                newScheme);
        content.getStyleClass().addAll("screen", "home");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private void drawSchemes() {
        schemeRows.getChildren().setAll(vm.schemes().stream().map(this::row).toList());
        if (vm.schemes().isEmpty()) {
            schemeRows.getChildren().add(Widgets.emptyState("welfare-schemes-empty", m.text("welfare.schemes.none"),
                    m.text("welfare.newScheme"), vm::newScheme));
        }
    }

    private Node row(Scheme s) {
        Label name = Widgets.text(s.name(), "row-title");
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, s.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        Label kind = Widgets.label(m.show(s, (f, x) -> String.join(" · ", f.thai() ? x.kind().nameTh() : x.kind().nameEn(),
                m.get("welfare.scheme." + x.rules().status()))), "row-detail");
        Label rules = Widgets.label(m.show(s, this::rules), "row-detail");
        VBox row = Widgets.tappable(Widgets.card("scheme-row", top, kind, rules), () -> vm.open(s));
        row.getStyleClass().add("member-row");
        return row;
    }

    /** "จ่ายครั้งละ 3,000.00 บาท · หักจากบัญชีสมาชิกทุกคนต่อเหตุการณ์ · หักคนละ 20.00 บาท". */
    private String rules(ThaiFormat f, Scheme s) {
        SchemeUpsert r = s.rules();
        String payout = s.perDay()
                ? m.get("welfare.scheme.payout.PER_DAY", f.baht(r.payoutAmount()), f.number(r.maxDays()))
                : m.get("welfare.scheme.payout.FIXED", f.baht(r.payoutAmount()));
        String funding = f.thai() ? s.funding().nameTh() : s.funding().nameEn();
        String amount = r.levyAmount() != null ? m.get("welfare.scheme.levy", f.baht(r.levyAmount()))
                : r.depositShareBp() != null ? m.get("welfare.scheme.share",
                f.digits(BigDecimal.valueOf(r.depositShareBp(), 2).stripTrailingZeros().toPlainString())) : null;
        return amount == null ? payout + " · " + funding : payout + " · " + funding + " · " + amount;
    }

    private static Button big(String id, ObservableValue<String> text, String style, Runnable action) {
        Button b = Widgets.button(id, text, "big-button", style);
        b.setOnAction(e -> action.run());
        GridPane.setHgrow(b, Priority.ALWAYS);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("welfare.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public WelfareHomeViewModel viewModel() {
        return vm;
    }
}
