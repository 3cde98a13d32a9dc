package th.wastebank.client.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.committee.Roster;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * The approval step of money leaving an account (a withdrawal, a welfare payout, a levy run). Where
 * the bank has a roster, two different members on the committee today are picked and each enters
 * their PIN; where it has none yet, two names are typed as before. {@link #prepare()} checks on the
 * screen's thread what needs no PIN; the {@link Pending} it returns checks the PINs off it, before
 * the host saves anything.
 */
public final class ApprovalViewModel {
    private final CommitteeService committee;
    private final ApprovalService approvals;
    private final Clock clock;
    private final ScreenContext ui;
    private final Messages m;
    private final ReasonCode namesMissing;

    private final BooleanProperty usesRoster = new SimpleBooleanProperty();
    private final ObservableList<CommitteeMember> choices = FXCollections.observableArrayList();
    private final ObjectProperty<CommitteeMember> first = new SimpleObjectProperty<>();
    private final ObjectProperty<CommitteeMember> second = new SimpleObjectProperty<>();
    private final StringProperty firstPin = new SimpleStringProperty("");
    private final StringProperty secondPin = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty secondName = new SimpleStringProperty("");
    private final StringProperty firstError = new SimpleStringProperty();
    private final StringProperty secondError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();

    /** What to approve, checked off the screen's thread (the PINs take a tenth of a second each). */
    @FunctionalInterface
    public interface Pending {
        Approved approve();
    }

    /** @param namesMissing the refusal of typed names that are not two different people (whose rule it is) */
    public ApprovalViewModel(CommitteeService committee, ApprovalService approvals, Clock clock, ScreenContext ui,
                             ReasonCode namesMissing) {
        this.committee = committee;
        this.approvals = approvals;
        this.clock = clock;
        this.ui = ui;
        this.m = ui.messages();
        this.namesMissing = namesMissing;
    }

    private record Loaded(boolean roster, List<CommitteeMember> today) {
    }

    public void load() {
        LocalDate today = today();
        ui.async().run(() -> new Loaded(committee.hasRoster(), committee.onCommittee(today)), loaded -> {
            usesRoster.set(loaded.roster());
            Lists.replaceIfChanged(choices, loaded.today());
        }, failure -> error.set(ui.explain(failure)));
    }

    /** Checks the picks (or the names) and that PINs were typed; shows what is wrong and returns null, or what to approve. */
    public Pending prepare() {
        firstError.set(null);
        secondError.set(null);
        error.set(null);
        if (!usesRoster.get()) {
            String problem = CashFields.approversProblem(m, firstName.get(), secondName.get(), namesMissing);
            if (problem != null) {
                error.set(problem);
                return null;
            }
            String a = firstName.get();
            String b = secondName.get();
            return () -> Approved.byNames(a, b);
        }
        CommitteeMember a = first.get();
        CommitteeMember b = second.get();
        if (a == null) {
            firstError.set(m.get("approval.pick"));
        }
        if (b == null) {
            secondError.set(m.get("approval.pick"));
        }
        LocalDate day = today();
        if (a != null && b != null) {
            Map<UUID, Roster.Term> terms = new HashMap<>();
            terms.put(a.id(), a.state().term());
            terms.put(b.id(), b.state().term());
            List<Roster.Finding> findings = Roster.check(List.of(a.id(), b.id()), day, terms);
            for (Roster.Finding f : findings) {
                fieldError(b.id().equals(f.approverId()) ? 1 : 0).set(ApprovalRefused.roster(0, f.problem()).message(m));
            }
        }
        if (firstError.get() == null && Pins.formatProblem(firstPin.get()) != null) {
            firstError.set(m.get("pin.missing"));
        }
        if (secondError.get() == null && Pins.formatProblem(secondPin.get()) != null) {
            secondError.set(m.get("pin.missing"));
        }
        if (firstError.get() != null || secondError.get() != null) {
            return null;
        }
        UUID firstId = a.id();
        UUID secondId = b.id();
        String pinA = firstPin.get();
        String pinB = secondPin.get();
        return () -> approvals.approve(firstId, pinA, secondId, pinB, day);
    }

    /**
     * Shows a failure that belongs to the approval step: a PIN refused ({@link #showFailure}), or
     * typed names the shared rule refuses (beside the names). False when it belongs to the form.
     */
    public boolean explainFailure(Exception failure) {
        if (showFailure(failure)) {
            return true;
        }
        if (failure instanceof Invalid invalid && invalid.violations().stream()
                .anyMatch(v -> "approvedBy".equals(v.field()))) {
            error.set(m.describe(invalid));
            return true;
        }
        return false;
    }

    /**
     * Shows a refused PIN or approval beside its field and clears that PIN; true when the failure
     * was one (the host shows any other failure itself).
     */
    public boolean showFailure(Exception failure) {
        if (!(failure instanceof ApprovalRefused refused)) {
            return false;
        }
        fieldError(refused.approver()).set(refused.message(m));
        (refused.approver() == 1 ? secondPin : firstPin).set("");
        return true;
    }

    /** Clears both PINs (after a save: a PIN is never kept on a screen). */
    public void clearPins() {
        firstPin.set("");
        secondPin.set("");
    }

    private StringProperty fieldError(int approver) {
        return approver == 1 ? secondError : firstError;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    /** True once the bank has a roster: then PINs, else typed names. */
    public BooleanProperty usesRoster() {
        return usesRoster;
    }

    /** The roster members on the committee today, by seat. */
    public ObservableList<CommitteeMember> choices() {
        return choices;
    }

    public ObjectProperty<CommitteeMember> first() {
        return first;
    }

    public ObjectProperty<CommitteeMember> second() {
        return second;
    }

    public StringProperty firstPin() {
        return firstPin;
    }

    public StringProperty secondPin() {
        return secondPin;
    }

    /** The first name as typed, where the bank has no roster. */
    public StringProperty firstName() {
        return firstName;
    }

    public StringProperty secondName() {
        return secondName;
    }

    public StringProperty firstError() {
        return firstError;
    }

    public StringProperty secondError() {
        return secondError;
    }

    /** The typed names' refusal (and a load failure). */
    public StringProperty error() {
        return error;
    }
}
