package th.wastebank.client.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.progress.VideoChecklist.Unmet;
import th.wastebank.progress.VideoLogo;
import th.wastebank.progress.VideoPresenter;
import th.wastebank.progress.VideoUrl;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Recording one of the five steps with its evidence: the date, who recorded it, and for step 1 the
 * income models ticked from the letter's list ("อื่น ๆ" with a name; the waste bank refused) and the
 * groups met, step 2 the training or study visit and its participants, step 3 the product (its photos
 * go with it) with the income it earned and the people working on it, step 4 the video's link,
 * declared length and file name, who presents it and the five logos ticked in the letter's order,
 * step 5 the link reported to district and province. The video link
 * is shown as it will be saved (as typed; a short link an app's share button gives is marked
 * "ลิงก์แบบย่อ") as it is typed; a
 * link on another host is refused with the server's Thai message; an unmet item of step 4's checklist
 * (over five minutes, a file name off the letter, a presenter other than the head, a logo missing) is a
 * warning with its Thai reason beside its field, shown before saving and saved all the same.
 */
public final class StepFormViewModel {
    private final MilestoneService milestones;
    private final ProductService products;
    private final ScreenContext ui;
    private final Messages m;
    private final MilestoneStep step;

    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty incomeModel = new SimpleStringProperty("");
    private final Map<IncomeModel, BooleanProperty> modelPicks = new EnumMap<>(IncomeModel.class);
    private final StringProperty incomeModelOther = new SimpleStringProperty("");
    private final Map<NetworkGroup, BooleanProperty> groupPicks = new EnumMap<>(NetworkGroup.class);
    private final StringProperty groupOther = new SimpleStringProperty("");
    private final StringProperty recordedBy = new SimpleStringProperty("");
    private final StringProperty incomeText = new SimpleStringProperty("");
    private final StringProperty workersText = new SimpleStringProperty("");
    private final StringProperty activity = new SimpleStringProperty(MilestoneRecord.TRAINING);
    private final StringProperty participantsText = new SimpleStringProperty("");
    private final ObservableList<Product> productChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty videoUrl = new SimpleStringProperty("");
    private final StringProperty minutesText = new SimpleStringProperty("");
    private final StringProperty secondsText = new SimpleStringProperty("");
    private final StringProperty videoFileName = new SimpleStringProperty("");
    private final ObjectProperty<VideoPresenter> presenter = new SimpleObjectProperty<>();
    private final StringProperty presenterName = new SimpleStringProperty("");
    private final Map<VideoLogo, BooleanProperty> logoPicks = new EnumMap<>(VideoLogo.class);
    private final StringProperty lengthProblem = new SimpleStringProperty();
    private final StringProperty fileNameProblem = new SimpleStringProperty();
    private final StringProperty presenterProblem = new SimpleStringProperty();
    private final StringProperty logosProblem = new SimpleStringProperty();
    private final StringBinding normalisedUrl;
    private final StringBinding videoUrlProblem;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringProperty fieldError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StepFormViewModel(MilestoneService milestones, ProductService products, Clock clock,
                             MilestoneStep step, ScreenContext ui) {
        this.milestones = milestones;
        this.products = products;
        this.ui = ui;
        this.m = ui.messages();
        this.step = step;
        doneOn.set(LocalDate.now(clock.withZone(Dates.THAI)));
        for (IncomeModel model : IncomeModel.values()) {
            modelPicks.put(model, new SimpleBooleanProperty());
        }
        for (NetworkGroup group : NetworkGroup.values()) {
            groupPicks.put(group, new SimpleBooleanProperty());
        }
        for (VideoLogo logo : VideoLogo.values()) {
            BooleanProperty ticked = new SimpleBooleanProperty();
            ticked.addListener((o, was, now) -> updateWarnings());
            logoPicks.put(logo, ticked);
        }
        presenter.addListener((o, was, now) -> updateWarnings());
        normalisedUrl = Bindings.createStringBinding(() -> VideoUrl.normalise(videoUrl.get())
                .map(n -> m.get("step.videoUrl.normalised", n.asTyped())
                        + (n.shortLink() ? " · " + m.get("video.shortLink") : "")).orElse(""),
                videoUrl, m.languageProperty());
        videoUrlProblem = Bindings.createStringBinding(() -> videoUrl.get() == null || videoUrl.get().isBlank()
                || VideoUrl.normalise(videoUrl.get()).isPresent() ? null : m.reason(ReasonCode.VIDEO_HOST_NOT_ALLOWED),
                videoUrl, m.languageProperty());
        minutesText.addListener((o, was, now) -> updateWarnings());
        secondsText.addListener((o, was, now) -> updateWarnings());
        videoFileName.addListener((o, was, now) -> updateWarnings());
        m.languageProperty().addListener((o, was, now) -> updateWarnings());
        updateWarnings();
    }

    public MilestoneStep step() {
        return step;
    }

    /** Loads the products to choose from (step 3) and, for step 5, the link of the latest video. */
    public void load() {
        ui.async().run(() -> new Loaded(products.list(), milestones.latestPerStep().get(MilestoneStep.VIDEO)), l -> {
            productChoices.setAll(l.products());
            if (step == MilestoneStep.REPORTED && l.video() != null && videoUrl.get().isBlank()) {
                videoUrl.set(l.video().videoUrl());
            }
        }, failure -> error.set(ui.explain(failure)));
    }

    private record Loaded(List<Product> products, Milestone video) {
    }

    /**
     * Step 4's checklist as it stands ({@link VideoChecklist}, the rule the server flags by): every unmet
     * item's reason in the warnings, and each beside its field.
     */
    private void updateWarnings() {
        if (step != MilestoneStep.VIDEO) {
            return;
        }
        VideoChecklist.Result r = VideoChecklist.check(true, seconds(), videoFileName.get(),
                presenter.get() == null ? null : presenter.get().name(), picked(logoPicks));
        boolean thai = m.thai();
        warnings.setAll(r.reasons(thai));
        lengthProblem.set(reason(r, thai, Unmet.TOO_LONG));
        fileNameProblem.set(reason(r, thai, Unmet.FILE_NAME_MISSING, Unmet.FILE_NAME_WRONG_START,
                Unmet.FILE_NAME_UNKNOWN_KIND, Unmet.FILE_NAME_NO_NAME));
        presenterProblem.set(reason(r, thai, Unmet.PRESENTER_NOT_STATED, Unmet.PRESENTER_NOT_HEAD));
        logosProblem.set(reason(r, thai, Unmet.LOGOS_MISSING));
    }

    /** The reason of the first of {@code items} that is unmet, or null. */
    private static String reason(VideoChecklist.Result r, boolean thai, Unmet... items) {
        for (Unmet u : items) {
            if (r.unmet().contains(u)) {
                return r.reason(u, thai);
            }
        }
        return null;
    }

    /** The declared length in seconds, or null while it is not two whole numbers. */
    private Long seconds() {
        NumberInput.Parsed min = NumberInput.parse(minutesText.get(), 0);
        NumberInput.Parsed sec = NumberInput.parse(secondsText.get(), 0);
        if (min.problem() == NumberInput.Problem.EMPTY && sec.problem() == NumberInput.Problem.EMPTY) {
            return null;
        }
        long mm = min.problem() == NumberInput.Problem.EMPTY ? 0 : min.value();
        long ss = sec.problem() == NumberInput.Problem.EMPTY ? 0 : sec.value();
        if ((!min.ok() && min.problem() != NumberInput.Problem.EMPTY)
                || (!sec.ok() && sec.problem() != NumberInput.Problem.EMPTY) || mm < 0 || ss < 0) {
            return null;
        }
        return mm * 60 + ss;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        fieldError.set(null);
        error.set(null);
        Long participants = null;
        if (step == MilestoneStep.TRAINING && !participantsText.get().isBlank()) {
            NumberInput.Parsed p = NumberInput.parse(participantsText.get(), 0);
            if (!p.ok()) {
                fieldError.set(m.get("step.participants.notNumber"));
                return;
            }
            participants = p.value();
        }
        Long seconds = null;
        if (step == MilestoneStep.VIDEO) {
            boolean typed = !minutesText.get().isBlank() || !secondsText.get().isBlank();
            seconds = seconds();
            if (typed && seconds == null) {
                fieldError.set(m.get("step.videoLength.notNumber"));
                return;
            }
        }
        Long income = null;
        Long workers = null;
        if (step == MilestoneStep.PRODUCT) {
            NumberInput.Parsed baht = NumberInput.parse(incomeText.get(), 2);
            if (baht.problem() == NumberInput.Problem.TOO_MANY_DECIMALS) {
                fieldError.set(m.get("product.price.tooPrecise"));
                return;
            } else if (!baht.ok() && baht.problem() != NumberInput.Problem.EMPTY) {
                fieldError.set(m.get("step.income.notNumber"));
                return;
            }
            income = baht.ok() ? baht.value() : null;
            NumberInput.Parsed people = NumberInput.parse(workersText.get(), 0);
            if (!people.ok() && people.problem() != NumberInput.Problem.EMPTY) {
                fieldError.set(m.get("step.workers.notNumber"));
                return;
            }
            workers = people.ok() ? people.value() : null;
        }
        Product chosen = product.get();
        MilestoneService.Draft draft = new MilestoneService.Draft(step, doneOn.get(), note.get(), incomeModel.get(),
                participants, activity.get(), chosen == null ? null : chosen.id(), videoUrl.get(), seconds,
                videoFileName.get(), chosen == null || step != MilestoneStep.PRODUCT ? List.of() : chosen.photos(),
                picked(modelPicks), incomeModelOther.get(), picked(groupPicks), groupOther.get(), recordedBy.get(),
                income, workers, step == MilestoneStep.VIDEO && presenter.get() != null ? presenter.get().name() : null,
                presenterName.get(), step == MilestoneStep.VIDEO ? picked(logoPicks) : null);
        busy.set(true);
        ui.async().run(() -> {
            MilestoneService.Saved saved = milestones.record(draft);
            return saved;
        }, saved -> {
            busy.set(false);
            if (saved.warnings().isEmpty()) {
                ui.notifier().show(m.get("step.saved", step.number()));
            } else {
                ui.notifier().show(m.get("step.savedWithWarnings", step.number(),
                        String.join(" · ", saved.milestone().checklist().reasons(m.thai()))));
            }
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (failure instanceof Invalid invalid) {
                for (Violation v : invalid.violations()) {
                    String message = m.describe(new Invalid(List.of(v)));
                    if ("doneOn".equals(v.field()) || v.field() == null) {
                        error.set(message);
                    } else {
                        fieldError.set(message);
                    }
                }
            } else {
                error.set(ui.explain(failure));
            }
        });
    }

    /** The codes ticked, in the list's order. */
    private static <E extends Enum<E>> List<String> picked(Map<E, BooleanProperty> picks) {
        return picks.entrySet().stream().filter(e -> e.getValue().get()).map(e -> e.getKey().name()).toList();
    }

    public String title() {
        return m.get("step.title", step.number());
    }

    /** The step's name in the current language (the letter's wording in Thai). */
    public ObservableValue<String> stepName() {
        return Bindings.createStringBinding(() -> m.thai() ? step.nameTh() : step.nameEn(), m.languageProperty());
    }

    public ObjectProperty<LocalDate> doneOn() {
        return doneOn;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty incomeModel() {
        return incomeModel;
    }

    /** Step 1: whether {@code model} is ticked (the letter's models; none is the waste bank itself). */
    public BooleanProperty modelPicked(IncomeModel model) {
        return modelPicks.get(model);
    }

    /** Step 1: the name of the "อื่น ๆ" model; "ธนาคารขยะ" here is refused when saving. */
    public StringProperty incomeModelOther() {
        return incomeModelOther;
    }

    /** Step 1: whether {@code group} was met (the letter's groups). */
    public BooleanProperty groupPicked(NetworkGroup group) {
        return groupPicks.get(group);
    }

    /** Step 1: the name of the "อื่น ๆ" group. */
    public StringProperty groupOther() {
        return groupOther;
    }

    /** The name of who recorded the step (optional). */
    public StringProperty recordedBy() {
        return recordedBy;
    }

    /** Step 3: the income the product earned, in baht as typed (optional). */
    public StringProperty incomeText() {
        return incomeText;
    }

    /** Step 3: how many people work on the product (optional). */
    public StringProperty workersText() {
        return workersText;
    }

    /** {@link MilestoneRecord#TRAINING} or {@link MilestoneRecord#STUDY_VISIT}. */
    public StringProperty activity() {
        return activity;
    }

    public StringProperty participantsText() {
        return participantsText;
    }

    public ObservableList<Product> productChoices() {
        return productChoices;
    }

    public ObjectProperty<Product> product() {
        return product;
    }

    public StringProperty videoUrl() {
        return videoUrl;
    }

    /** "ลิงก์ที่จะบันทึก: https://vt.tiktok.com/… · ลิงก์แบบย่อ" while the link is one; empty otherwise. */
    public ObservableValue<String> normalisedUrl() {
        return normalisedUrl;
    }

    /** The server's Thai message while the link is on a host that is not accepted; null otherwise. */
    public ObservableValue<String> videoUrlProblem() {
        return videoUrlProblem;
    }

    public StringProperty minutesText() {
        return minutesText;
    }

    public StringProperty secondsText() {
        return secondsText;
    }

    public StringProperty videoFileName() {
        return videoFileName;
    }

    /** Step 4: who presents the video; null until chosen (saved as "not stated", and flagged). */
    public ObjectProperty<VideoPresenter> presenter() {
        return presenter;
    }

    /** Step 4: the presenter's name (asked for "อื่น ๆ"; may be given for the head too). */
    public StringProperty presenterName() {
        return presenterName;
    }

    /** Step 4: whether {@code logo} is in the video (the five logos, in the letter's order). */
    public BooleanProperty logoPicked(VideoLogo logo) {
        return logoPicks.get(logo);
    }

    /** Step 4: why the length is not as the letter asks, or null. */
    public StringProperty lengthProblem() {
        return lengthProblem;
    }

    /** Step 4: why the file name is not as the letter asks (missing, wrong start, no kind, no name), or null. */
    public StringProperty fileNameProblem() {
        return fileNameProblem;
    }

    /** Step 4: why the presenter is not as the letter asks (not chosen, or not the head), or null. */
    public StringProperty presenterProblem() {
        return presenterProblem;
    }

    /** Step 4: the logos not ticked, in the letter's order, or null when all five are. */
    public StringProperty logosProblem() {
        return logosProblem;
    }

    /** What step 4's checklist says now (every unmet item's reason), in the current language. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** A problem with the step's own evidence (income model, participants, product, link, length). */
    public StringProperty fieldError() {
        return fieldError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
