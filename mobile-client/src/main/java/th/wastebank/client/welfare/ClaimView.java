package th.wastebank.client.welfare;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** One claim: who, what, when, the verdict, what was paid, and paying it out of the fund with two names. */
public final class ClaimView implements Screen {
    private final ClaimViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox details = new VBox();
    private final VBox payoutRows = new VBox();
    private final VBox warnings = new VBox();

    public ClaimView(ClaimViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        details.setId("claim-details");
        details.getStyleClass().add("card");
        vm.claim().addListener((o, was, now) -> drawDetails());
        m.formatProperty().addListener((o, was, now) -> drawDetails());

        payoutRows.setId("claim-payouts");
        payoutRows.getStyleClass().add("line-rows");
        vm.payouts().addListener((ListChangeListener<Payout>) c -> drawPayouts());

        Button levy = Choices.shownWhen(Widgets.button("claim-levy", m.text("claim.levy"), "secondary"),
                vm.levyAvailable());
        levy.setOnAction(e -> vm.runLevy());

        Label rule = Widgets.label(m.formatted(vm.check(), (f, c) -> m.get("claim.pay.rule", f.baht(c.ruleAmount()),
                f.baht(c.fundBalance()))), "row-detail");
        rule.setId("claim-pay-rule");
        warnings.setId("claim-warnings");
        warnings.getStyleClass().add("warnings");
        vm.warnings().addListener((ListChangeListener<String>) c -> warnings.getChildren().setAll(
                vm.warnings().stream().map(text -> {
                    HBox banner = new HBox(Icons.of(Icons.WARNING, "warning-icon"), WelfareWidgets.warning(text));
                    banner.getStyleClass().add("warning-banner");
                    return (Node) banner;
                }).toList()));

        Button pay = Widgets.button("claim-pay", m.text("claim.pay.save"), "primary");
        pay.disableProperty().bind(vm.busy());
        pay.setOnAction(e -> vm.pay());
        VBox payCard = Widgets.card("pay-card", Widgets.label(m.text("claim.pay"), "section-title"), rule,
                Widgets.labelled(m.text("claim.pay.amount"),
                        WelfareWidgets.number("claim-amount", vm.amountText(), null, m.text("unit.baht")),
                        Widgets.error("claim-amount-error", vm.amountError())),
                warnings,
                ApprovalView.of(vm.approval(), m, "claim", new VBox(
                        Widgets.labelled(m.text("claim.pay.approver"),
                                Widgets.field("claim-approver", vm.approver(), null), null),
                        Widgets.labelled(m.text("claim.pay.second"), Widgets.field("claim-second", vm.secondApprover(), null),
                                Widgets.error("claim-approvers-error", vm.approversError())),
                        Widgets.label(m.text("claim.pay.twoPeople"), "muted"))),
                Widgets.error("claim-pay-error", vm.error()),
                pay);

        VBox content = new VBox(details, Widgets.label(m.text("claim.payouts"), "section-title"), payoutRows, levy,
                payCard);
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private void drawDetails() {
        Claim c = vm.claim().get();
        if (c == null) {
            details.getChildren().clear();
            return;
        }
        var f = m.format();
        Label name = Widgets.text(c.memberName(), "passbook-name");
        name.setId("claim-member");
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, c.syncState()));
        top.setAlignment(Pos.TOP_LEFT);
        List<Node> lines = new ArrayList<>();
        lines.add(top);
        lines.add(Widgets.text(c.schemeName() + " · " + (f.thai() ? c.kind().nameTh() : c.kind().nameEn()), "row-detail"));
        String when = m.get("claims.event", f.date(c.eventDate()))
                + (c.days() == null ? "" : " · " + f.number(c.days()) + " " + m.get("claim.days.unit"));
        lines.add(Widgets.text(when, "row-detail"));
        if (c.note() != null) {
            lines.add(Widgets.text(c.note(), "row-detail"));
        }
        if (!c.photos().isEmpty()) {
            lines.add(Widgets.text(m.get("claim.photos") + " " + f.number(c.photos().size()), "row-detail"));
        }
        Label verdict = Widgets.text(m.get(c.eligible() ? "claim.verdict.eligible" : "claim.verdict.notEligible"),
                c.eligible() ? "verdict-ok" : "warning-text");
        verdict.setId("claim-verdict");
        lines.add(verdict);
        for (String unmet : m.thai() ? c.unmetTh() : c.unmetEn()) {
            lines.add(Widgets.text("• " + unmet, "warning-text"));
        }
        if (c.schemePaused()) {
            lines.add(Widgets.text("• " + m.get("claim.verdict.paused"), "warning-text"));
        }
        Label state = Widgets.text(c.isPaid() ? m.get("claim.state.paid", f.baht(c.paid())) : m.get("claim.state.unpaid"),
                "claim-state", c.isPaid() ? "verdict-ok" : "row-title");
        state.setId("claim-state");
        lines.add(state);
        lines.add(Widgets.text(m.get("claim.filedOn", f.dateTime(c.filedAt())), "muted"));
        details.getChildren().setAll(lines);
    }

    private void drawPayouts() {
        payoutRows.getChildren().setAll(vm.payouts().stream().map(p -> {
            Label amount = Widgets.line(m.show(p, (f, x) -> f.baht(x.amount())), "entry-amount", "debit");
            HBox top = new HBox(Widgets.line(m.show(p, (f, x) -> f.dateTime(x.paidAt())), "row-detail"), Widgets.hSpacer(),
                    amount);
            top.setAlignment(Pos.BASELINE_LEFT);
            VBox row = new VBox(top, new HBox(Widgets.label(m.text("passbook.approvedBy", String.join(", ",
                    p.approvedBy())), "row-detail"), Widgets.hSpacer(), Widgets.syncChip(m, p.syncState())));
            row.getStyleClass().addAll("card", "entry-row");
            if (p.reversed()) {
                row.getStyleClass().add("reversed");
                row.getChildren().add(Widgets.label(m.text("claim.payout.reversed"), "reversed-note"));
            }
            return (Node) row;
        }).toList());
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("claim.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ClaimViewModel viewModel() {
        return vm;
    }
}
