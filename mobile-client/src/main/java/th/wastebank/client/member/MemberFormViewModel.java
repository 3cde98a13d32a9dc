package th.wastebank.client.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.client.village.VillageService;
import th.wastebank.member.MemberStatus;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Registering a member or editing one: name (required), house number, village, phone and the day
 * they joined; when editing, whether they still belong to the bank (moved away, died or left, with
 * the day and a note: from that day they are no longer counted nor levied). The typed texts are checked by the shared member rules (the server's) field by
 * field before anything is saved, so nothing the committee saved comes back rejected for its length.
 */
public final class MemberFormViewModel {
    private final MemberService members;
    private final ScreenContext ui;
    private final Messages m;
    private final Clock clock;
    private final UUID memberId;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty houseNo = new SimpleStringProperty("");
    private final VillagePickViewModel villagePick;
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>(MemberStatus.ACTIVE);
    private final ObjectProperty<LocalDate> statusOn = new SimpleObjectProperty<>();
    private final StringProperty statusNote = new SimpleStringProperty("");
    private final BooleanBinding ended = Bindings.createBooleanBinding(() -> status.get() != null && status.get().ended(),
            status);
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty houseNoError = new SimpleStringProperty();
    private final StringProperty villageError = new SimpleStringProperty();
    private final StringProperty phoneError = new SimpleStringProperty();
    private final StringProperty joinedOnError = new SimpleStringProperty();
    private final StringProperty statusOnError = new SimpleStringProperty();
    private final StringProperty statusNoteError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty namesake = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param memberId the member to edit, or null to register a new one */
    public MemberFormViewModel(MemberService members, Clock clock, UUID memberId, ScreenContext ui,
                               VillageService villages) {
        this.members = members;
        this.villagePick = new VillagePickViewModel(villages, ui);
        this.ui = ui;
        this.m = ui.messages();
        this.clock = clock;
        this.memberId = memberId;
        joinedOn.set(LocalDate.now(clock.withZone(Dates.THAI)));
        name.addListener((o, was, now) -> lookForNamesakes(now));
        status.addListener((o, was, now) -> {
            if (now != null && now.ended() && statusOn.get() == null) {
                statusOn.set(LocalDate.now(clock.withZone(Dates.THAI)));
            }
        });
    }

    /** Warns (without stopping the save) when another member already has the name typed. */
    private void lookForNamesakes(String typed) {
        ui.async().run(() -> members.namesakes(typed, memberId), found -> {
            if (!Objects.equals(typed, name.get())) {
                return;
            }
            namesake.set(found.isEmpty() ? null : m.get("member.namesake", found.get(0).name(),
                    found.get(0).addressLine().isBlank() ? "-" : found.get(0).addressLine()));
        }, failure -> namesake.set(null));
    }

    public boolean editing() {
        return memberId != null;
    }

    /** Fills the form with the member being edited. */
    public void load() {
        villagePick.refresh();
        if (memberId == null) {
            return;
        }
        ui.async().run(() -> members.get(memberId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId")),
                member -> {
                    name.set(member.name());
                    houseNo.set(nz(member.houseNo()));
                    villagePick.show(member.villageNo(), member.village());
                    phone.set(nz(member.phone()));
                    joinedOn.set(member.joinedOn());
                    status.set(member.standing().status());
                    statusOn.set(member.standing().statusOn());
                    statusNote.set(nz(member.standing().note()));
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        Map<String, StringProperty> typed = Map.of("name", nameError, "houseNo", houseNoError,
                "village", villageError, "villageNo", villageError, "phone", phoneError, "statusNote", statusNoteError);
        typed.values().forEach(e -> e.set(null));
        joinedOnError.set(null);
        statusOnError.set(null);
        error.set(null);
        MemberService.Draft draft = new MemberService.Draft(name.get(), houseNo.get(), villagePick.text(), phone.get(),
                joinedOn.get(), villagePick.villageNo(), status.get(), statusOn.get(), statusNote.get());
        // the typed texts stop the save here, each named by its label; the joining day is left to
        // the save, which refuses it as the server would
        boolean refused = false;
        for (Violation v : draft.toUpsert(1).validate(clock.instant())) {
            StringProperty line = v.field() == null ? null : typed.get(v.field());
            if (line != null) {
                line.set(m.reason(v.code(), m.get("member." + v.field())));
                refused = true;
            }
        }
        if (refused) {
            return;
        }
        FormSave.run(ui, busy, error, Map.of("name", nameError, "joinedOn", joinedOnError, "statusOn", statusOnError), () -> {
            Member saved = memberId == null ? members.register(draft) : members.edit(memberId, draft);
            return saved;
        }, saved -> saved.standing().ended() ? m.get("member.saved.ended", saved.name(),
                m.format().thai() ? saved.standing().status().nameTh() : saved.standing().status().nameEn())
                : m.get(memberId == null ? "member.registered" : "member.saved", saved.name()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "A member with this name is already registered (address)…", or null. */
    public StringProperty namesake() {
        return namesake;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty houseNo() {
        return houseNo;
    }

    /** The village, picked from the อปท.'s list. */
    public VillagePickViewModel villagePick() {
        return villagePick;
    }

    public StringProperty phone() {
        return phone;
    }

    public ObjectProperty<LocalDate> joinedOn() {
        return joinedOn;
    }

    /** Active, moved away, deceased or left. */
    public ObjectProperty<MemberStatus> status() {
        return status;
    }

    /** True while the status ends membership: the day and the note are asked for. */
    public BooleanBinding ended() {
        return ended;
    }

    /** The day the member moved away, died or left (today when the status is first changed). */
    public ObjectProperty<LocalDate> statusOn() {
        return statusOn;
    }

    public StringProperty statusNote() {
        return statusNote;
    }

    public StringProperty statusOnError() {
        return statusOnError;
    }

    public StringProperty statusNoteError() {
        return statusNoteError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty houseNoError() {
        return houseNoError;
    }

    public StringProperty villageError() {
        return villageError;
    }

    public StringProperty phoneError() {
        return phoneError;
    }

    public StringProperty joinedOnError() {
        return joinedOnError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
