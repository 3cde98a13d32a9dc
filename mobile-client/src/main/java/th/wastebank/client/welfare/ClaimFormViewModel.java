package th.wastebank.client.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberSearch;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoListViewModel;
import th.wastebank.client.photo.PhotoService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * Filing a claim: the member (searched as on the deposit screen), the scheme, the day of the event,
 * the days in hospital for a per-day scheme, a note and evidence photos (queued for upload the moment
 * they are taken). While the committee fills it in, the screen shows the scheme's verdict for this
 * member in Thai; a claim that fails it can still be filed, the committee decides.
 */
public final class ClaimFormViewModel {
    private final ClaimService claims;
    private final SchemeService schemes;
    private final PhotoListViewModel photoList;
    private final ScreenContext ui;
    private final Messages m;

    private final MemberSearch search;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObservableList<Scheme> openSchemes = FXCollections.observableArrayList();
    private final ObjectProperty<Scheme> scheme = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> eventDate = new SimpleObjectProperty<>();
    private final StringProperty daysText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty verdictTitle = new SimpleStringProperty();
    private final ObservableList<String> verdictLines = FXCollections.observableArrayList();
    private final StringProperty memberError = new SimpleStringProperty();
    private final StringProperty schemeError = new SimpleStringProperty();
    private final StringProperty daysError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding perDay;
    private final ChangeListener<Object> recheck = (o, was, now) -> check();

    public ClaimFormViewModel(ClaimService claims, SchemeService schemes, MemberService members, PhotoService photos,
                              PhotoSource photoSource, PhotoUploadViewModel uploads, Clock clock,
                              ScreenContext ui) {
        this.claims = claims;
        this.schemes = schemes;
        this.ui = ui;
        this.m = ui.messages();
        this.search = new MemberSearch(members, ui);
        this.eventDate.set(LocalDate.now(clock.withZone(Dates.THAI)));
        this.perDay = Bindings.createBooleanBinding(() -> scheme.get() != null && scheme.get().perDay(), scheme);
        member.addListener(recheck);
        scheme.addListener(recheck);
        eventDate.addListener(recheck);
        m.languageProperty().addListener(new WeakChangeListener<>(recheck));
        m.formatProperty().addListener(new WeakChangeListener<>(recheck));
        this.photoList = new PhotoListViewModel(photos, photoSource, uploads, ui, busy);
    }

    /** Loads the schemes open for claims and the first page of members. */
    public void load() {
        ui.async().run(() -> schemes.list().stream().filter(Scheme::active).toList(), list -> {
            Lists.replaceIfChanged(openSchemes, list);
            if (scheme.get() == null && list.size() == 1) {
                scheme.set(list.get(0));
            }
        }, failure -> error.set(ui.explain(failure)));
        if (member.get() == null) {
            search.refresh();
        }
        photoList.refresh();
    }

    public void chooseMember(Member chosen) {
        member.set(chosen);
        memberError.set(null);
    }

    /** Back to searching for the member. */
    public void changeMember() {
        member.set(null);
        search.refresh();
    }

    /** Recomputes the verdict for the chosen member, scheme and day. */
    public void check() {
        Member who = member.get();
        Scheme what = scheme.get();
        LocalDate when = eventDate.get();
        if (who == null || what == null || when == null) {
            verdict.set(null);
            verdictTitle.set(null);
            verdictLines.clear();
            return;
        }
        ui.async().run(() -> claims.check(what.id(), who.id(), when), v -> {
            if (who != member.get() || what != scheme.get() || !when.equals(eventDate.get())) {
                return;
            }
            verdict.set(v);
            verdictTitle.set(m.get(v.eligible() ? "claim.verdict.eligible" : "claim.verdict.notEligible"));
            List<String> lines = new ArrayList<>((m.thai() ? v.unmetTh() : v.unmetEn()).stream().map(t -> "• " + t).toList());
            if (v.schemePaused()) {
                lines.add("• " + m.get("claim.verdict.paused"));
            }
            if (v.eligible()) {
                lines.add(m.get("claim.verdict.facts", m.format().number(v.membershipMonths()),
                        m.format().baht(v.deposits())));
            }
            Lists.replaceIfChanged(verdictLines, lines);
        }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        memberError.set(member.get() == null ? m.reason(ReasonCode.MEMBER_REQUIRED) : null);
        schemeError.set(scheme.get() == null ? m.get("claim.scheme.missing") : null);
        daysError.set(null);
        error.set(null);
        Long days = null;
        if (perDay.get()) {
            NumberInput.Parsed parsed = NumberInput.parse(daysText.get(), 0);
            if (parsed.ok()) {
                days = parsed.value();
            } else {
                daysError.set(parsed.problem() == NumberInput.Problem.EMPTY ? m.reason(ReasonCode.DAYS_REQUIRED)
                        : m.get("claim.days.notNumber"));
            }
        }
        if (memberError.get() != null || schemeError.get() != null || daysError.get() != null) {
            return;
        }
        ClaimService.Draft draft = new ClaimService.Draft(scheme.get().id(), member.get().id(), eventDate.get(), days,
                note.get(), photoList.hashes());
        FormSave.run(ui, busy, error, Map.of("memberId", memberError, "schemeId", schemeError, "days", daysError,
                "photos", photoList.error()), () -> {
            Claim filed = claims.file(draft);
            return filed;
        }, filed -> m.get("claim.saved", filed.memberName()));
    }

    public MemberSearch search() {
        return search;
    }

    public ObjectProperty<Member> member() {
        return member;
    }

    /** The schemes open for claims. */
    public ObservableList<Scheme> schemes() {
        return openSchemes;
    }

    public ObjectProperty<Scheme> scheme() {
        return scheme;
    }

    public ObjectProperty<LocalDate> eventDate() {
        return eventDate;
    }

    /** True when the chosen scheme pays per day: the days in hospital are asked for. */
    public BooleanBinding perDay() {
        return perDay;
    }

    public StringProperty daysText() {
        return daysText;
    }

    public StringProperty note() {
        return note;
    }

    /** The form's photos: take, remove, and each one's upload. */
    public PhotoListViewModel photoList() {
        return photoList;
    }

    /** This phone's verdict for the chosen member, scheme and day; null until all three are chosen. */
    public ObjectProperty<Verdict> verdict() {
        return verdict;
    }

    /** "ผ่านเงื่อนไข…" or "ไม่ผ่านเงื่อนไข…", in the current language. */
    public StringProperty verdictTitle() {
        return verdictTitle;
    }

    /** Each unmet rule in the current language, or (when eligible) the member's figures. */
    public ObservableList<String> verdictLines() {
        return verdictLines;
    }

    public StringProperty memberError() {
        return memberError;
    }

    public StringProperty schemeError() {
        return schemeError;
    }

    public StringProperty daysError() {
        return daysError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
