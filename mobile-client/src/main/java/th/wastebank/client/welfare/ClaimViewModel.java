package th.wastebank.client.welfare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;

/**
 * One claim: who, which scheme, when, this phone's verdict, the evidence, what was paid on it, and
 * paying it out of the welfare fund. The amount starts at the scheme's payout for the claim; two
 * different committee members confirm. Paying more than the fund holds, paying twice or above the
 * scheme's amount is shown as a warning and saved all the same, as the server records it.
 */
public final class ClaimViewModel {
    private final ClaimService claims;
    private final SchemeService schemes;
    private final FundService fund;
    private final UUID claimId;
    private final ScreenContext ui;
    private final Messages m;

    private final ObjectProperty<Claim> claim = new SimpleObjectProperty<>();
    private final ObservableList<Payout> payouts = FXCollections.observableArrayList();
    private final ObjectProperty<PayoutCheck> check = new SimpleObjectProperty<>();
    private final BooleanProperty levyAvailable = new SimpleBooleanProperty();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ApprovalViewModel approval;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> load();
    private final ChangeListener<Object> rewarn = (o, was, now) -> warn();

    /** @param syncChanges ticks when a sync may have brought a payout from another phone */
    public ClaimViewModel(ClaimService claims, SchemeService schemes, FundService fund, ApprovalViewModel approval,
                          UUID claimId, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.approval = approval;
        this.claims = claims;
        this.schemes = schemes;
        this.fund = fund;
        this.claimId = claimId;
        this.ui = ui;
        this.m = ui.messages();
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
        amountText.addListener(rewarn);
        m.languageProperty().addListener(new WeakChangeListener<>(rewarn));
        m.formatProperty().addListener(new WeakChangeListener<>(rewarn));
    }

    private record Loaded(Claim claim, List<Payout> payouts, PayoutCheck rule, boolean perEventLevy) {
    }

    public void load() {
        approval.load();
        ui.async().run(() -> {
            Claim c = claims.get(claimId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_CLAIM, "claimId"));
            boolean perEvent = schemes.get(c.schemeId()).map(s -> s.funding() == Funding.LEVY_PER_EVENT).orElse(false);
            return new Loaded(c, fund.payouts(claimId), fund.check(claimId, 0), perEvent);
        }, loaded -> {
            claim.set(loaded.claim());
            Lists.replaceIfChanged(payouts, loaded.payouts());
            levyAvailable.set(loaded.perEventLevy());
            if (amountText.get().isBlank() && !loaded.claim().isPaid()) {
                amountText.set(CashFields.typed(m, loaded.rule().ruleAmount()));
            }
            check.set(loaded.rule());
            warn();
        }, failure -> error.set(ui.explain(failure)));
    }

    /** Re-reads the warnings for the amount typed. */
    private void warn() {
        NumberInput.Parsed amount = NumberInput.parse(amountText.get(), 2);
        if (!amount.ok() || claim.get() == null) {
            warnings.clear();
            return;
        }
        ui.async().run(() -> fund.check(claimId, amount.value()), c -> {
            check.set(c);
            List<String> out = new ArrayList<>();
            if (c.aboveFund()) {
                out.add(m.get("claim.warn.aboveFund", m.format().baht(c.fundBalance())));
            }
            if (c.alreadyPaid()) {
                out.add(m.get("claim.warn.alreadyPaid", m.format().baht(c.paidBefore())));
            }
            if (c.aboveRule()) {
                out.add(m.get("claim.warn.aboveRule", m.format().baht(c.ruleAmount())));
            }
            Lists.replaceIfChanged(warnings, out);
        }, failure -> error.set(ui.explain(failure)));
    }

    public void pay() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        NumberInput.Parsed amount = NumberInput.parse(amountText.get(), 2);
        amountError.set(CashFields.amountProblem(m, amount, "claim.amount"));
        ApprovalViewModel.Pending pending = approval.prepare();
        if (amountError.get() != null || pending == null) {
            return;
        }
        long satang = amount.value();
        busy.set(true);
        ui.async().run(() -> {
            fund.pay(claimId, satang, pending.approve());
            return fund.balance();
        }, fundAfter -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("claim.pay.saved", m.format().baht(satang), m.format().baht(fundAfter)));
            amountText.set("");
            load();
        }, failure -> {
            busy.set(false);
            if (!approval.showFailure(failure)) {
                FormSave.showFailure(ui, failure, Map.of("amount", amountError, "approvedBy", approval.error()), error);
            }
        });
    }

    /** A per-event levy for this claim (a funeral: every member's 20 baht for this death). */
    public void runLevy() {
        ui.routes().levy(claimId);
    }

    public ObjectProperty<Claim> claim() {
        return claim;
    }

    /** The payouts on this claim, oldest first. */
    public ObservableList<Payout> payouts() {
        return payouts;
    }

    /** The scheme's amount for this claim, what was paid and what the fund holds. */
    public ObjectProperty<PayoutCheck> check() {
        return check;
    }

    /** True when the claim's scheme levies members per event, so a levy can be run for this claim. */
    public BooleanProperty levyAvailable() {
        return levyAvailable;
    }

    /** The amount to pay in baht; starts at the scheme's payout for this claim. */
    public StringProperty amountText() {
        return amountText;
    }

    /** The first name as typed, where the bank has no roster yet. */
    public StringProperty approver() {
        return approval.firstName();
    }

    public StringProperty secondApprover() {
        return approval.secondName();
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    /** Above the fund, paid already, above the scheme's amount: in the current language. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public StringProperty approversError() {
        return approval.error();
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
