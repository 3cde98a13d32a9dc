package th.wastebank.client.committee;

import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.ScreenContext;

/**
 * A roster member sets their PIN on this phone (4 to 6 digits, typed twice), or changes it with the
 * current one, or, having forgotten it, gets a new one on the word of two other committee members
 * entering their own PINs. The PIN is kept only as a slow salted hash here, and never synced.
 */
public final class PinViewModel {
    private final CommitteeService committee;
    private final Pins pins;
    private final UUID memberId;
    private final ApprovalViewModel approval;
    private final ScreenContext ui;
    private final Messages m;

    private final StringProperty memberName = new SimpleStringProperty("");
    private final BooleanProperty hasPin = new SimpleBooleanProperty();
    private final StringProperty currentPin = new SimpleStringProperty("");
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty repeatPin = new SimpleStringProperty("");
    private final StringProperty currentError = new SimpleStringProperty();
    private final StringProperty newError = new SimpleStringProperty();
    private final StringProperty repeatError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty forgot = new SimpleBooleanProperty();

    /** @param approval the two other committee members who vouch for a forgotten PIN's reset */
    public PinViewModel(CommitteeService committee, Pins pins, UUID memberId, ApprovalViewModel approval,
                        ScreenContext ui) {
        this.committee = committee;
        this.pins = pins;
        this.memberId = memberId;
        this.approval = approval;
        this.ui = ui;
        this.m = ui.messages();
    }

    /** The member forgot their PIN: two other committee members enter theirs instead of the current one. */
    public void forgotPin() {
        forgot.set(true);
        currentPin.set("");
        currentError.set(null);
    }

    public void load() {
        approval.load();
        ui.async().run(() -> committee.get(memberId).orElseThrow(), c -> {
            memberName.set(c.name());
            hasPin.set(c.hasPin());
        }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        currentError.set(null);
        newError.set(null);
        repeatError.set(null);
        error.set(null);
        String problem = Pins.formatProblem(newPin.get());
        if (problem != null) {
            newError.set(m.get(problem, Pins.MIN_DIGITS, Pins.MAX_DIGITS));
            return;
        }
        if (!newPin.get().strip().equals(repeatPin.get() == null ? "" : repeatPin.get().strip())) {
            repeatError.set(m.get("pin.mismatch"));
            return;
        }
        if (forgot.get()) {
            reset();
            return;
        }
        String current = currentPin.get();
        String chosen = newPin.get();
        busy.set(true);
        ui.async().run(() -> {
            pins.set(memberId, current, chosen);
            return memberName.get();
        }, name -> {
            busy.set(false);
            clear();
            ui.notifier().show(m.get("pin.saved", name));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (failure instanceof ApprovalRefused refused) {
                (hasPin.get() && !"pin.tooShort".equals(refused.key()) ? currentError : newError).set(refused.message(m));
                currentPin.set("");
            } else {
                error.set(ui.explain(failure));
            }
        });
    }

    private void reset() {
        ApprovalViewModel.Pending vouched = approval.prepare();
        if (vouched == null) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            CommitteeMember picked = (i == 0 ? approval.first() : approval.second()).get();
            if (picked != null && picked.id().equals(memberId)) {
                (i == 0 ? approval.firstError() : approval.secondError()).set(m.get("pin.reset.self"));
                return;
            }
        }
        String chosen = newPin.get();
        busy.set(true);
        ui.async().run(() -> {
            Approved by = vouched.approve();
            pins.reset(memberId, chosen, by);
            return by.names();
        }, names -> {
            busy.set(false);
            clear();
            approval.clearPins();
            ui.notifier().show(m.get("pin.reset.saved", memberName.get(), names.get(0), names.get(1)));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (!approval.showFailure(failure)) {
                error.set(ui.explain(failure));
            }
        });
    }

    private void clear() {
        currentPin.set("");
        newPin.set("");
        repeatPin.set("");
    }

    public StringProperty memberName() {
        return memberName;
    }

    /** True once the member said they forgot their PIN: two others vouch instead of the current one. */
    public BooleanProperty forgot() {
        return forgot;
    }

    /** The two other committee members who vouch for a forgotten PIN's reset. */
    public ApprovalViewModel approval() {
        return approval;
    }

    /** True when this person already has a PIN on this phone: the current one is asked for. */
    public BooleanProperty hasPin() {
        return hasPin;
    }

    public StringProperty currentPin() {
        return currentPin;
    }

    public StringProperty newPin() {
        return newPin;
    }

    public StringProperty repeatPin() {
        return repeatPin;
    }

    public StringProperty currentError() {
        return currentError;
    }

    public StringProperty newError() {
        return newError;
    }

    public StringProperty repeatError() {
        return repeatError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
