package th.wastebank.client.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;

/**
 * Running a levy: choose the scheme and its event (the claim for a per-event levy, the Buddhist
 * year for an annual fee, the period for a deposit share), check the reason members will read in
 * their passbooks, then look at the preview (how many members, the total, who would go below zero)
 * before two committee members confirm it. Changing anything drops the preview, so what is
 * confirmed is always what was last shown.
 */
public final class LevyViewModel {
    private final SchemeService schemes;
    private final ClaimService claims;
    private final LevyService levies;
    private final UUID preselectedClaim;
    private final ScreenContext ui;
    private final Messages m;

    /** A claim a per-event levy can be for; {@code levied} once this phone holds a run for it. */
    public record ClaimChoice(Claim claim, boolean levied) {
    }

    private final ObservableList<Scheme> leviedSchemes = FXCollections.observableArrayList();
    private final ObjectProperty<Scheme> scheme = new SimpleObjectProperty<>();
    private final ObservableList<ClaimChoice> claimChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimChoice> claim = new SimpleObjectProperty<>();
    private final StringProperty yearText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> shareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> shareTo = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LevyPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<LevyPreview.Line> lines = FXCollections.observableArrayList();
    private final ApprovalViewModel approval;
    private final StringProperty eventError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectBinding<Funding> basis;
    private final ChangeListener<Object> dropPreview = (o, was, now) -> dropPreview();
    private final ChangeListener<Object> suggestReason = (o, was, now) -> suggestReason();

    /** @param claimId the claim a per-event levy is for (from the claim screen), or null to choose here */
    public LevyViewModel(SchemeService schemes, ClaimService claims, LevyService levies, ApprovalViewModel approval,
                         Clock clock, UUID claimId, ScreenContext ui) {
        this.approval = approval;
        this.schemes = schemes;
        this.claims = claims;
        this.levies = levies;
        this.preselectedClaim = claimId;
        this.ui = ui;
        this.m = ui.messages();
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        yearText.set(LevyService.eventForYear(today));
        shareFrom.set(today.minusMonths(1).withDayOfMonth(1));
        shareTo.set(today.withDayOfMonth(1).minusDays(1));
        basis = Bindings.createObjectBinding(() -> scheme.get() == null ? null : scheme.get().funding(), scheme);
        scheme.addListener((o, was, now) -> loadClaims(now, null));
        List<ObservableValue<?>> eventInputs = List.of(scheme, claim, yearText, shareFrom, shareTo);
        for (ObservableValue<?> p : eventInputs) {
            p.addListener(suggestReason);
            p.addListener(dropPreview);
        }
        reason.addListener(dropPreview);
    }

    /** Loads the schemes that levy members and, coming from a claim, chooses it. */
    public void load() {
        approval.load();
        ui.async().run(() -> new Start(schemes.list().stream().filter(s -> s.levied() && s.active()).toList(),
                preselectedClaim == null ? null : claims.get(preselectedClaim).orElse(null)), start -> {
                    Lists.replaceIfChanged(leviedSchemes, start.schemes());
                    if (start.claim() != null) {
                        Scheme of = start.schemes().stream().filter(s -> s.id().equals(start.claim().schemeId()))
                                .findFirst().orElse(null);
                        if (of != null) {
                            scheme.set(of);
                            loadClaims(of, start.claim().id());
                        }
                    } else if (scheme.get() == null && start.schemes().size() == 1) {
                        scheme.set(start.schemes().get(0));
                    }
                }, failure -> error.set(ui.explain(failure)));
    }

    private record Start(List<Scheme> schemes, Claim claim) {
    }

    private record Choices(List<ClaimChoice> choices) {
    }

    private void loadClaims(Scheme of, UUID choose) {
        claimChoices.clear();
        claim.set(null);
        if (of == null || of.funding() != Funding.LEVY_PER_EVENT) {
            return;
        }
        ui.async().run(() -> {
            Set<String> levied = levies.leviedEvents(of.id());
            return new Choices(claims.forScheme(of.id()).stream()
                    .map(c -> new ClaimChoice(c, levied.contains(LevyService.eventForClaim(c.id())))).toList());
        }, loaded -> {
            if (of != scheme.get()) {
                return;
            }
            claimChoices.setAll(loaded.choices());
            loaded.choices().stream().filter(c -> c.claim().id().equals(choose)).findFirst().ifPresent(claim::set);
        }, failure -> error.set(ui.explain(failure)));
    }

    private void suggestReason() {
        Scheme s = scheme.get();
        if (s == null) {
            return;
        }
        switch (s.funding()) {
            case LEVY_PER_EVENT -> {
                if (claim.get() != null) {
                    Claim c = claim.get().claim();
                    reason.set(m.get("levy.reason.claim", s.name(), c.memberName(), m.format().date(c.eventDate())));
                }
            }
            case ANNUAL_FEE -> reason.set(m.get("levy.reason.year", s.name(), yearText.get().strip()));
            case DEPOSIT_SHARE -> {
                if (shareFrom.get() != null && shareTo.get() != null) {
                    reason.set(m.get("levy.reason.period", s.name(), m.format().date(shareFrom.get()),
                            m.format().date(shareTo.get())));
                }
            }
            default -> {
                // a sale-margin scheme is not levied
            }
        }
    }

    private void dropPreview() {
        preview.set(null);
        lines.clear();
        error.set(null);
    }

    /** Computes who would be levied and how much; saves nothing. */
    public void makePreview() {
        eventError.set(null);
        error.set(null);
        LevyService.Request request = request();
        if (request == null) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> levies.preview(request), p -> {
            busy.set(false);
            preview.set(p);
            lines.setAll(p.lines());
            if (p.alreadyRun()) {
                error.set(m.reason(ReasonCode.LEVY_ALREADY_RUN));
            }
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    private LevyService.Request request() {
        Scheme s = scheme.get();
        if (s == null) {
            eventError.set(m.get("claim.scheme.missing"));
            return null;
        }
        String event = switch (s.funding()) {
            case LEVY_PER_EVENT -> claim.get() == null ? null : LevyService.eventForClaim(claim.get().claim().id());
            case ANNUAL_FEE -> {
                NumberInput.Parsed year = NumberInput.parse(yearText.get(), 0);
                if (!year.ok() || year.value() < 2500 || year.value() > 3000) {
                    eventError.set(m.get("levy.year.notNumber"));
                    yield null;
                }
                yield String.valueOf(year.value());
            }
            case DEPOSIT_SHARE -> shareFrom.get() == null || shareTo.get() == null || shareFrom.get().isAfter(shareTo.get())
                    ? null : LevyService.eventForPeriod(shareFrom.get(), shareTo.get());
            case SALE_MARGIN -> null;
        };
        if (event == null) {
            if (eventError.get() == null) {
                eventError.set(m.get("levy.event.missing"));
            }
            return null;
        }
        return new LevyService.Request(s.id(), event, reason.get(), shareFrom.get(), shareTo.get());
    }

    /** Saves the previewed run, confirmed by two different committee members. */
    public void confirm() {
        LevyPreview shown = preview.get();
        if (busy.get() || shown == null) {
            return;
        }
        if (shown.alreadyRun()) {
            error.set(m.reason(ReasonCode.LEVY_ALREADY_RUN));
            return;
        }
        ApprovalViewModel.Pending pending = approval.prepare();
        if (pending == null) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> levies.run(shown, pending.approve()), levy -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("levy.saved", m.format().number(levy.members()), m.format().baht(levy.total())));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (approval.showFailure(failure)) {
                return;
            }
            if (failure instanceof Invalid invalid && invalid.violations().stream()
                    .anyMatch(v -> "approvedBy".equals(v.field()))) {
                approval.error().set(m.describe(invalid));
            } else {
                error.set(ui.explain(failure));
            }
        });
    }

    /** The active schemes that levy members (not a sale-margin one). */
    public ObservableList<Scheme> schemes() {
        return leviedSchemes;
    }

    public ObjectProperty<Scheme> scheme() {
        return scheme;
    }

    /** How the chosen scheme levies: which event the screen asks for. */
    public ObjectBinding<Funding> basis() {
        return basis;
    }

    /** The claims on a per-event scheme, the latest first, each marked when already levied. */
    public ObservableList<ClaimChoice> claimChoices() {
        return claimChoices;
    }

    public ObjectProperty<ClaimChoice> claim() {
        return claim;
    }

    /** The Buddhist year of an annual fee, e.g. "2569". */
    public StringProperty yearText() {
        return yearText;
    }

    public ObjectProperty<LocalDate> shareFrom() {
        return shareFrom;
    }

    public ObjectProperty<LocalDate> shareTo() {
        return shareTo;
    }

    /** What members read in their passbooks beside the debit; suggested from the event, editable. */
    public StringProperty reason() {
        return reason;
    }

    /** The preview last computed, or null (nothing can be confirmed without one). */
    public ObjectProperty<LevyPreview> preview() {
        return preview;
    }

    public ObservableList<LevyPreview.Line> lines() {
        return lines;
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

    public StringProperty eventError() {
        return eventError;
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
