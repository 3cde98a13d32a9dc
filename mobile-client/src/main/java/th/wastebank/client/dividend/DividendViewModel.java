package th.wastebank.client.dividend;

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
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.validation.ReasonCode;
import th.wastebank.year.FiscalYear;

/**
 * The year-end dividend: the fiscal year (Buddhist era), the share of the year's margin in percent
 * and the rule (by deposits, or equal), then the preview line by line, then two committee members
 * approve. Changing anything drops the preview, so what is approved is what was last shown.
 */
public final class DividendViewModel {
    private final DividendService dividends;
    private final ApprovalViewModel approval;
    private final ScreenContext ui;
    private final Messages m;
    private final StringProperty yearText = new SimpleStringProperty("");
    private final StringProperty percentText = new SimpleStringProperty("");
    private final ObjectProperty<DividendPlan.Rule> rule = new SimpleObjectProperty<>(DividendPlan.Rule.BY_DEPOSITS);
    private final ObjectProperty<DividendPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<DividendPreview.Line> lines = FXCollections.observableArrayList();
    private final StringProperty yearError = new SimpleStringProperty();
    private final StringProperty percentError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DividendViewModel(DividendService dividends, ApprovalViewModel approval, ScreenContext ui) {
        this.dividends = dividends;
        this.approval = approval;
        this.ui = ui;
        this.m = ui.messages();
        yearText.set(String.valueOf(dividends.lastEndedYear().buddhistYear()));
        ChangeListener<Object> drop = (o, was, now) -> {
            preview.set(null);
            lines.clear();
            error.set(null);
        };
        yearText.addListener(drop);
        percentText.addListener(drop);
        rule.addListener(drop);
    }

    public void load() {
        approval.load();
    }

    /** Computes every member's line; saves nothing. */
    public void makePreview() {
        yearError.set(null);
        percentError.set(null);
        error.set(null);
        NumberInput.Parsed year = NumberInput.parse(yearText.get(), 0);
        if (!year.ok() || year.value() < 2543 || year.value() > 2700) {
            yearError.set(m.get("dividend.year.invalid"));
        }
        NumberInput.Parsed percent = NumberInput.parse(percentText.get(), 2);
        if (!percent.ok() || percent.value() <= 0 || percent.value() > DividendPlan.ALL_BP) {
            percentError.set(m.reason(ReasonCode.DIVIDEND_SHARE_INVALID));
        }
        if (yearError.get() != null || percentError.get() != null) {
            return;
        }
        FiscalYear fy = new FiscalYear((int) year.value());
        DividendPlan.Rule chosen = rule.get();
        long shareBp = percent.value();
        busy.set(true);
        ui.async().run(() -> dividends.preview(fy, chosen, shareBp), p -> {
            busy.set(false);
            preview.set(p);
            lines.setAll(p.lines());
            if (p.alreadyRun()) {
                error.set(m.reason(ReasonCode.DIVIDEND_ALREADY_RUN));
            } else if (p.lines().isEmpty()) {
                error.set(m.reason(ReasonCode.DIVIDEND_NO_MEMBERS));
            }
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    /** Saves the previewed run, approved by two committee members. */
    public void confirm() {
        DividendPreview shown = preview.get();
        if (busy.get() || shown == null) {
            return;
        }
        if (shown.alreadyRun()) {
            error.set(m.reason(ReasonCode.DIVIDEND_ALREADY_RUN));
            return;
        }
        if (shown.lines().isEmpty()) {
            error.set(m.reason(ReasonCode.DIVIDEND_NO_MEMBERS));
            return;
        }
        ApprovalViewModel.Pending pending = approval.prepare();
        if (pending == null) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> dividends.run(shown, pending.approve()), done -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("dividend.saved", shown.year().nameTh(), m.format().number(done.members()),
                    m.format().baht(done.total())));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (!approval.explainFailure(failure)) {
                error.set(ui.explain(failure));
            }
        });
    }

    public List<DividendPlan.Rule> rules() {
        return List.of(DividendPlan.Rule.values());
    }

    /** The fiscal year by its Buddhist-era end year, e.g. 2569. */
    public StringProperty yearText() {
        return yearText;
    }

    /** The share of the year's margin, in percent as typed (e.g. 30 or 12.5). */
    public StringProperty percentText() {
        return percentText;
    }

    public ObjectProperty<DividendPlan.Rule> rule() {
        return rule;
    }

    public ObjectProperty<DividendPreview> preview() {
        return preview;
    }

    public ObservableList<DividendPreview.Line> lines() {
        return lines;
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    public StringProperty yearError() {
        return yearError;
    }

    public StringProperty percentError() {
        return percentError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
