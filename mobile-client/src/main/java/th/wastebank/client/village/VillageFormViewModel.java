package th.wastebank.client.village;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;
import th.wastebank.village.VillageUpsert;

/**
 * Adding a village to the อปท.'s list or editing one: หมู่ที่ (typed, 1 to 99, Thai digits too), an
 * optional name and whether it is retired. Each rule is shown in Thai beside its field before
 * anything is saved; a number another village of the list already has is only warned about (two
 * phones may do the same offline, and the two count as one village).
 */
public final class VillageFormViewModel {
    private final VillageService villages;
    private final UUID villageId;
    private final ScreenContext ui;
    private final Messages m;
    private final Clock clock;
    private List<Village> others = List.of();

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty retired = new SimpleBooleanProperty();
    private final StringProperty numberError = new SimpleStringProperty();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty sameNumber = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param villageId the village to edit, or null to add one */
    public VillageFormViewModel(VillageService villages, UUID villageId, Clock clock, ScreenContext ui) {
        this.villages = villages;
        this.villageId = villageId;
        this.clock = clock;
        this.ui = ui;
        this.m = ui.messages();
        number.addListener((o, was, now) -> warnSameNumber());
    }

    public boolean editing() {
        return villageId != null;
    }

    public void load() {
        ui.async().run(villages::list, all -> {
            others = all.stream().filter(v -> !v.id().equals(villageId)).toList();
            all.stream().filter(v -> v.id().equals(villageId)).findFirst().ifPresent(v -> {
                number.set(String.valueOf(v.number()));
                name.set(v.name() == null ? "" : v.name());
                retired.set(v.retired());
            });
            warnSameNumber();
        }, failure -> error.set(ui.explain(failure)));
    }

    /** The number typed, or null when it is not a whole number (Thai digits are read too). */
    private Integer typedNumber() {
        String typed = number.get() == null ? "" : number.get().strip();
        try {
            return typed.isEmpty() ? null : Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void warnSameNumber() {
        Integer n = typedNumber();
        sameNumber.set(n == null ? null : others.stream().filter(v -> v.number() == n).findFirst()
                .map(v -> m.get("village.sameNumber", v.label())).orElse(null));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        Map<String, StringProperty> fields = Map.of("number", numberError, "name", nameError);
        fields.values().forEach(p -> p.set(null));
        error.set(null);
        boolean blank = number.get() == null || number.get().isBlank();
        Integer n = typedNumber();
        if (n == null) {
            numberError.set(m.reason(blank ? ReasonCode.VILLAGE_NUMBER_REQUIRED : ReasonCode.VILLAGE_NUMBER_INVALID));
        }
        VillageService.Draft draft = new VillageService.Draft(n == null ? VillageUpsert.MIN_NUMBER : n, name.get(),
                retired.get());
        for (Violation v : new VillageUpsert(draft.number(), draft.name(), draft.retired(), 1).validate(clock.instant())) {
            StringProperty line = fields.getOrDefault(v.field(), error);
            line.set(v.code() == ReasonCode.TEXT_TOO_LONG
                    ? m.get("village.name.tooLong", VillageUpsert.MAX_NAME_LENGTH) : m.reason(v.code()));
        }
        if (fields.values().stream().anyMatch(p -> p.get() != null) || error.get() != null) {
            return;
        }
        FormSave.run(ui, busy, error, fields, () -> editing() ? villages.edit(villageId, draft) : villages.add(draft),
                saved -> m.get("village.saved", saved.label()));
    }

    /** หมู่ที่ as typed. */
    public StringProperty number() {
        return number;
    }

    public StringProperty name() {
        return name;
    }

    public BooleanProperty retired() {
        return retired;
    }

    public StringProperty numberError() {
        return numberError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    /** "หมู่ที่ 4 บ้านหนองบัว is already in the list…", or null. */
    public StringProperty sameNumber() {
        return sameNumber;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
