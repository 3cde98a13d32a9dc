package th.wastebank.client.welfare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.MarginRun;

/**
 * Moving a month's sale margin into a scheme funded by it: choose the scheme and the month, see the
 * month's margin the phone proposes, lower it if the committee wishes (never above the margin), then
 * two committee members approve. Changing the scheme or month drops the proposal.
 */
public final class MarginRunViewModel {
    private static final int MONTHS_BACK = 12;

    private final SchemeService schemes;
    private final MarginRunService runs;
    private final ApprovalViewModel approval;
    private final ScreenContext ui;
    private final Messages m;
    private final ObservableList<Scheme> marginSchemes = FXCollections.observableArrayList();
    private final ObjectProperty<Scheme> scheme = new SimpleObjectProperty<>();
    private final List<YearMonth> months = new ArrayList<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<MarginRunService.Proposal> proposal = new SimpleObjectProperty<>();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MarginRunViewModel(SchemeService schemes, MarginRunService runs, ApprovalViewModel approval, Clock clock,
                              ScreenContext ui) {
        this.schemes = schemes;
        this.runs = runs;
        this.approval = approval;
        this.ui = ui;
        this.m = ui.messages();
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(Dates.THAI)));
        for (int i = 0; i < MONTHS_BACK; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now.minusMonths(1));
        ChangeListener<Object> drop = (o, was, v) -> {
            proposal.set(null);
            amountText.set("");
            error.set(null);
        };
        scheme.addListener(drop);
        month.addListener(drop);
    }

    /** Loads the active schemes funded by the sale margin; one alone is chosen. */
    public void load() {
        approval.load();
        ui.async().run(() -> schemes.list().stream().filter(s -> s.funding() == Funding.SALE_MARGIN && s.active())
                .toList(), found -> {
                    Lists.replaceIfChanged(marginSchemes, found);
                    if (scheme.get() == null && found.size() == 1) {
                        scheme.set(found.get(0));
                    }
                }, failure -> error.set(ui.explain(failure)));
    }

    /** The month's margin, proposed as the amount. */
    public void propose() {
        error.set(null);
        Scheme s = scheme.get();
        YearMonth chosen = month.get();
        if (s == null || chosen == null) {
            error.set(m.get("marginRun.choose"));
            return;
        }
        busy.set(true);
        ui.async().run(() -> runs.propose(s.id(), chosen), p -> {
            busy.set(false);
            proposal.set(p);
            amountText.set(p.suggested() > 0 ? BigDecimal.valueOf(p.suggested(), 2).toPlainString() : "");
            if (p.alreadyRun()) {
                error.set(m.reason(ReasonCode.MARGIN_ALREADY_RUN));
            } else if (p.margin() <= 0) {
                error.set(m.get("marginRun.noMargin"));
            }
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    /** Saves the run of the amount shown, approved by two committee members. */
    public void confirm() {
        MarginRunService.Proposal shown = proposal.get();
        if (busy.get() || shown == null) {
            return;
        }
        if (shown.alreadyRun()) {
            error.set(m.reason(ReasonCode.MARGIN_ALREADY_RUN));
            return;
        }
        NumberInput.Parsed amount = NumberInput.parse(amountText.get(), 2);
        amountError.set(CashFields.amountProblem(m, amount, "claim.amount"));
        if (amountError.get() == null && !MarginRun.allowed(amount.value(), shown.margin())) {
            amountError.set(m.reason(ReasonCode.MARGIN_RUN_ABOVE_MARGIN));
        }
        if (amountError.get() != null) {
            return;
        }
        ApprovalViewModel.Pending pending = approval.prepare();
        if (pending == null) {
            return;
        }
        long satang = amount.value();
        busy.set(true);
        ui.async().run(() -> runs.run(shown, satang, pending.approve()), run -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("marginRun.saved", m.format().baht(run.total()), shown.schemeName()));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (!approval.explainFailure(failure)) {
                error.set(ui.explain(failure));
            }
        });
    }

    public ObservableList<Scheme> schemes() {
        return marginSchemes;
    }

    public ObjectProperty<Scheme> scheme() {
        return scheme;
    }

    /** This month and the eleven before it, the latest first. */
    public List<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObjectProperty<MarginRunService.Proposal> proposal() {
        return proposal;
    }

    /** In baht, as typed; starts at the month's margin. */
    public StringProperty amountText() {
        return amountText;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
