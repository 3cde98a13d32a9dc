package th.wastebank.client.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.committee.CommitteeRole;
import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Violation;

/**
 * Adding a person to the committee roster or editing their seat: name, role, the first day of the
 * term and (when it ended or will end) the last. The shared rules are shown field by field before
 * saving; the service checks them again.
 */
public final class CommitteeFormViewModel {
    private final CommitteeService committee;
    private final UUID memberId;
    private final ScreenContext ui;
    private final Messages m;
    private final Clock clock;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CommitteeRole> role = new SimpleObjectProperty<>(CommitteeRole.MEMBER);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty roleError = new SimpleStringProperty();
    private final StringProperty fromError = new SimpleStringProperty();
    private final StringProperty toError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param memberId the roster member to edit, or null to add one */
    public CommitteeFormViewModel(CommitteeService committee, UUID memberId, Clock clock, ScreenContext ui) {
        this.committee = committee;
        this.memberId = memberId;
        this.clock = clock;
        this.ui = ui;
        this.m = ui.messages();
        from.set(LocalDate.now(clock.withZone(Dates.THAI)));
    }

    public boolean editing() {
        return memberId != null;
    }

    public void load() {
        if (memberId == null) {
            return;
        }
        ui.async().run(() -> committee.get(memberId).orElseThrow(), c -> {
            name.set(c.name());
            role.set(c.role());
            from.set(c.from());
            to.set(c.to());
        }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        Map<String, StringProperty> fields = Map.of("name", nameError, "role", roleError, "from", fromError,
                "to", toError);
        fields.values().forEach(p -> p.set(null));
        error.set(null);
        CommitteeService.Draft draft = new CommitteeService.Draft(name.get(), role.get() == null ? null
                : role.get().name(), from.get(), to.get());
        if (from.get() == null) {
            fromError.set(m.get("committee.from.missing"));
            return;
        }
        String trimmed = name.get() == null || name.get().isBlank() ? null : name.get().strip();
        boolean problems = false;
        for (Violation v : new CommitteeUpsert(trimmed, draft.role(), draft.from(), draft.to(), 1)
                .validate(clock.instant())) {
            fields.getOrDefault(v.field(), error).set(m.thai() ? v.messageTh() : v.messageEn());
            problems = true;
        }
        if (problems) {
            return;
        }
        FormSave.run(ui, busy, error, fields,
                () -> editing() ? committee.edit(memberId, draft) : committee.add(draft),
                saved -> m.get("committee.saved", saved.name()));
    }

    /** Opens the PIN screen of the member being edited. */
    public void setPin() {
        if (memberId != null) {
            ui.routes().committeePin(memberId);
        }
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<CommitteeRole> role() {
        return role;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    /** The last day of the term, or null while it runs. */
    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty roleError() {
        return roleError;
    }

    public StringProperty fromError() {
        return fromError;
    }

    public StringProperty toError() {
        return toError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
