package th.wastebank.client.progress;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.product.Product;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoLogo;
import th.wastebank.progress.VideoPresenter;

/**
 * Recording one step: its date and the evidence that step asks for; step 4 with its checklist (length,
 * file name, presenter, the five logos in the letter's order), each unmet item's reason beside its field.
 */
public final class StepFormView implements Screen {
    private final StepFormViewModel vm;
    private final Messages m;
    private final Node root;

    public StepFormView(StepFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        MilestoneStep step = vm.step();
        VBox form = new VBox(Widgets.label(vm.stepName(), "section-title"),
                Widgets.labelled(m.text(step == MilestoneStep.REPORTED ? "step.doneOn.reported" : "step.doneOn"),
                        Widgets.datePicker("step-date", vm.doneOn(), m), null));
        switch (step) {
            case MEETING -> form.getChildren().addAll(
                    Widgets.labelled(m.text("step.incomeModels"), picks("step-model-", IncomeModel.values(),
                            IncomeModel.OTHER, vm::modelPicked, IncomeModel::nameTh, IncomeModel::nameEn,
                            Widgets.field("step-model-other-name", vm.incomeModelOther(),
                                    m.text("step.incomeModelOther.prompt"))), null),
                    Widgets.labelled(m.text("step.groups"), picks("step-group-", NetworkGroup.values(),
                            NetworkGroup.OTHER, vm::groupPicked, NetworkGroup::nameTh, NetworkGroup::nameEn,
                            Widgets.field("step-group-other-name", vm.groupOther(), m.text("step.groupOther.prompt"))),
                            null));
            case TRAINING -> form.getChildren().addAll(
                    Widgets.labelled(m.text("step.activity"), activity(), null),
                    Widgets.labelled(m.text("step.participants"), Widgets.field("step-participants",
                            vm.participantsText(), m.text("step.participants.prompt")), null));
            case PRODUCT -> form.getChildren().addAll(productSection(),
                    Widgets.labelled(m.text("step.income"), Widgets.field("step-income-baht", vm.incomeText(),
                            m.text("step.income.prompt")), null),
                    Widgets.labelled(m.text("step.workers"), Widgets.field("step-workers", vm.workersText(),
                            m.text("step.workers.prompt")), null));
            case VIDEO -> form.getChildren().addAll(videoUrlSection(), lengthSection(),
                    Widgets.labelled(m.text("step.videoFileName"), Widgets.field("step-file-name", vm.videoFileName(),
                            m.text("step.videoFileName.prompt")),
                            Widgets.warning("step-file-name-problem", vm.fileNameProblem())),
                    presenterSection(), logosSection());
            case REPORTED -> form.getChildren().add(videoUrlSection());
        }
        Button save = Widgets.button("step-save", m.text("step.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        form.getChildren().addAll(Widgets.error("step-field-error", vm.fieldError()),
                Widgets.labelled(m.text("step.note"), Widgets.field("step-note", vm.note(), null), null),
                Widgets.labelled(m.text("step.recordedBy"), Widgets.field("step-recorded-by", vm.recordedBy(),
                        m.text("step.recordedBy.prompt")), null),
                Widgets.error("step-error", vm.error()), save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    /**
     * A tick box per item of a list (ids {@code prefix + CODE}, labels in the current language); the
     * "other" name field shows while "other" is ticked.
     */
    private <E extends Enum<E>> Node picks(String prefix, E[] items, E other,
                                           Function<E, BooleanProperty> picked,
                                           Function<E, String> th,
                                           Function<E, String> en, TextField otherName) {
        VBox box = new VBox();
        box.getStyleClass().add("pick-list");
        for (E item : items) {
            CheckBox tick = new CheckBox();
            tick.setId(prefix + item.name());
            tick.textProperty().bind(Bindings.createStringBinding(() -> m.thai() ? th.apply(item) : en.apply(item),
                    m.languageProperty()));
            tick.selectedProperty().bindBidirectional(picked.apply(item));
            tick.setWrapText(true);
            tick.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(tick);
        }
        otherName.visibleProperty().bind(picked.apply(other));
        otherName.managedProperty().bind(otherName.visibleProperty());
        box.getChildren().add(otherName);
        return box;
    }

    private Node activity() {
        ToggleGroup group = new ToggleGroup();
        HBox segments = new HBox();
        segments.getStyleClass().add("segments");
        for (String kind : new String[] {MilestoneRecord.TRAINING, MilestoneRecord.STUDY_VISIT}) {
            ToggleButton b = new ToggleButton();
            b.setId("step-activity-" + kind);
            b.textProperty().bind(m.text("steps.activity." + kind));
            b.setToggleGroup(group);
            b.getStyleClass().add("segment");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(kind.equals(vm.activity().get()));
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.activity().set(kind);
            });
            HBox.setHgrow(b, Priority.ALWAYS);
            segments.getChildren().add(b);
        }
        return segments;
    }

    private Node productSection() {
        ComboBox<Product> product = new ComboBox<>(vm.productChoices());
        product.setId("step-product");
        product.valueProperty().bindBidirectional(vm.product());
        product.setMaxWidth(Double.MAX_VALUE);
        product.promptTextProperty().bind(m.text("step.product.prompt"));
        product.setCellFactory(v -> new ProductCell());
        product.setButtonCell(new ProductCell());
        Label none = Widgets.label(m.text("step.product.none"), "muted");
        none.visibleProperty().bind(Bindings.isEmpty(vm.productChoices()));
        none.managedProperty().bind(none.visibleProperty());
        Label photos = Widgets.label(Bindings.createStringBinding(() -> vm.product().get() == null ? ""
                : m.get("step.product.photos", m.format().number(vm.product().get().photos().size())),
                vm.product(), m.languageProperty()), "muted");
        photos.visibleProperty().bind(vm.product().isNotNull());
        photos.managedProperty().bind(photos.visibleProperty());
        return Widgets.labelled(m.text("step.product"), new VBox(product, none, photos), null);
    }

    private Node videoUrlSection() {
        TextField url = Widgets.field("step-video-url", vm.videoUrl(), m.text("step.videoUrl.prompt"));
        Label normalised = Widgets.label(vm.normalisedUrl(), "muted", "normalised-url");
        normalised.setId("step-video-normalised");
        normalised.visibleProperty().bind(Bindings.isNotEmpty(normalised.textProperty()));
        normalised.managedProperty().bind(normalised.visibleProperty());
        return Widgets.labelled(m.text("step.videoUrl"), new VBox(url, normalised),
                Widgets.error("step-video-url-error", vm.videoUrlProblem()));
    }

    private Node lengthSection() {
        TextField minutes = Widgets.field("step-minutes", vm.minutesText(), null);
        TextField seconds = Widgets.field("step-seconds", vm.secondsText(), null);
        minutes.setPrefColumnCount(3);
        seconds.setPrefColumnCount(3);
        HBox row = new HBox(minutes, Widgets.line(m.text("step.minutes"), "input-unit"), seconds,
                Widgets.line(m.text("step.seconds"), "input-unit"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("input-row");
        return Widgets.labelled(m.text("step.videoLength"), row,
                Widgets.warning("step-length-problem", vm.lengthProblem()));
    }

    /**
     * Step 4's presenter: the mayor, the SAO's chief executive, or someone else named; the reason
     * beside it while it is not as the letter asks.
     */
    private Node presenterSection() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox();
        choices.getStyleClass().add("pick-list");
        for (VideoPresenter who : VideoPresenter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("step-presenter-" + who.name());
            b.textProperty().bind(Bindings.createStringBinding(() -> m.thai() ? who.nameTh() : who.nameEn(),
                    m.languageProperty()));
            b.setToggleGroup(group);
            b.getStyleClass().add("segment");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(who == vm.presenter().get());
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.presenter().set(who);
            });
            choices.getChildren().add(b);
        }
        TextField name = Widgets.field("step-presenter-name", vm.presenterName(), m.text("step.presenterName.prompt"));
        choices.getChildren().add(name);
        return Widgets.labelled(m.text("step.presenter"), choices, Widgets.warning("step-presenter-problem",
                vm.presenterProblem()));
    }

    /** Step 4's five logos, a tick each in the letter's order; the missing ones named beside them. */
    private Node logosSection() {
        VBox box = new VBox();
        box.getStyleClass().add("pick-list");
        for (VideoLogo logo : VideoLogo.values()) {
            CheckBox tick = new CheckBox();
            tick.setId("step-logo-" + logo.name());
            tick.textProperty().bind(Bindings.createStringBinding(() -> (logo.ordinal() + 1) + ". "
                    + (m.thai() ? logo.nameTh() : logo.nameEn()), m.languageProperty()));
            tick.selectedProperty().bindBidirectional(vm.logoPicked(logo));
            tick.setWrapText(true);
            tick.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(tick);
        }
        return Widgets.labelled(m.text("step.logos"), box, Widgets.warning("step-logos-problem", vm.logosProblem()));
    }

    private static final class ProductCell extends ListCell<Product> {
        @Override
        protected void updateItem(Product p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
        }
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("step.title", m.show((long) vm.step().number(), (f, x) -> f.number(x)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public StepFormViewModel viewModel() {
        return vm;
    }
}
