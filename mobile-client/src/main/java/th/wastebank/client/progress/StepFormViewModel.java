package th.wastebank.client.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoUrl;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Recording one of the five steps with its evidence: the date, and for step 1 the income model
 * chosen, step 2 the training or study visit and its participants, step 3 the product (its photos
 * go with it), step 4 the video's link, declared length and file name, step 5 the link reported to
 * district and province. The video link is shown as it will be saved (as typed; a short link an
 * app's share button gives is marked "ลิงก์แบบย่อ") as it is typed; a
 * link on another host is refused with the server's Thai message; a video over five minutes or a
 * file name off the letter is a warning, shown before saving and saved all the same.
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
    private final StringProperty activity = new SimpleStringProperty(MilestoneRecord.TRAINING);
    private final StringProperty participantsText = new SimpleStringProperty("");
    private final ObservableList<Product> productChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty videoUrl = new SimpleStringProperty("");
    private final StringProperty minutesText = new SimpleStringProperty("");
    private final StringProperty secondsText = new SimpleStringProperty("");
    private final StringProperty videoFileName = new SimpleStringProperty("");
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

    private void updateWarnings() {
        Long seconds = seconds();
        warnings.setAll(MilestoneService.warnings(seconds, videoFileName.get()).stream()
                .map(w -> m.get("step.warning." + w.name())).toList());
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
        Product chosen = product.get();
        MilestoneService.Draft draft = new MilestoneService.Draft(step, doneOn.get(), note.get(), incomeModel.get(),
                participants, activity.get(), chosen == null ? null : chosen.id(), videoUrl.get(), seconds,
                videoFileName.get(), chosen == null || step != MilestoneStep.PRODUCT ? List.of() : chosen.photos());
        busy.set(true);
        ui.async().run(() -> {
            MilestoneService.Saved saved = milestones.record(draft);
            return saved;
        }, saved -> {
            busy.set(false);
            if (saved.warnings().isEmpty()) {
                ui.notifier().show(m.get("step.saved", step.number()));
            } else {
                ui.notifier().show(m.get("step.savedWithWarnings", step.number(), String.join(" ",
                        saved.warnings().stream().map(w -> m.get("step.warning." + w.name())).toList())));
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

    /** What the video rules say now, in the current language. */
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
