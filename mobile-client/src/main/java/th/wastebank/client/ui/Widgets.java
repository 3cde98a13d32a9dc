package th.wastebank.client.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.store.SyncState;

/**
 * Small builders for the nodes every screen uses, so that views stay a readable list of what is
 * on the screen and every touch target gets the same size and style.
 */
public final class Widgets {
    private Widgets() {
    }

    /** Text that wraps onto as many lines as it needs (correctly for Thai, see {@link WrappingLabel}). */
    public static Label label(ObservableValue<String> text, String... styleClasses) {
        Label label = new WrappingLabel();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** Text that stays on one line (amounts, names in rows); cut with an ellipsis if it must be. */
    public static Label line(ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Fixed text that wraps (values a row shows, already in the current language). */
    public static Label text(String text, String... styleClasses) {
        Label label = new WrappingLabel(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Button button(String id, ObservableValue<String> text, String... styleClasses) {
        Button button = new Button();
        if (id != null) {
            button.setId(id);
        }
        button.textProperty().bind(text);
        button.getStyleClass().addAll(styleClasses);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A text field edited in both directions with a view-model property. */
    public static TextField field(String id, StringProperty value, ObservableValue<String> prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (prompt != null) {
            field.promptTextProperty().bind(prompt);
        }
        return field;
    }

    /**
     * A date field shown as the app formats dates (Buddhist era in Thai); the calendar that opens
     * counts years in the Buddhist era too while the app is in Thai.
     */
    public static DatePicker datePicker(String id, ObjectProperty<LocalDate> value, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        picker.setEditable(false);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.chronologyProperty().bind(Bindings.createObjectBinding(() -> messages.thai()
                ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE, messages.languageProperty()));
        StringConverter<LocalDate> converter = new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : messages.format().date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return picker.getValue();
            }
        };
        picker.setConverter(converter);
        ChangeListener<ThaiFormat> reformat = (o, was, now) -> {
            picker.setConverter(null);
            picker.setConverter(converter);
        };
        picker.getProperties().put(ThaiFormat.class, reformat);
        messages.formatProperty().addListener(new WeakChangeListener<>(reformat));
        return picker;
    }

    /** A red line under a field, present only while there is something to say. */
    public static Label error(String id, ObservableValue<String> message) {
        return note(id, message, "field-error");
    }

    /** An amber line under a field: worth a look, but it does not stop the save. */
    public static Label warning(String id, ObservableValue<String> message) {
        return note(id, message, "warning-text");
    }

    private static Label note(String id, ObservableValue<String> message, String styleClass) {
        Label label = new WrappingLabel();
        if (id != null) {
            label.setId(id);
        }
        label.textProperty().bind(message);
        label.getStyleClass().add(styleClass);
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> message.getValue() != null && !message.getValue().isBlank(), message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A caption above a field, and its error below. */
    public static VBox labelled(ObservableValue<String> caption, Node field, Label error) {
        Label label = label(caption, "field-caption");
        label.setLabelFor(field);
        VBox box = error == null ? new VBox(label, field) : new VBox(label, field, error);
        box.getStyleClass().add("field-group");
        return box;
    }

    public static Region hSpacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public static Region vSpacer() {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /**
     * The words beside a balance below zero ("ยอดติดลบ: ถอนเกินยอดจากอีกเครื่อง รอตรวจสอบ"), shown only
     * while it is negative, so a minus on a passbook or a receipt never stands unexplained.
     */
    public static Label negativeBalanceNote(String id, ObservableValue<Boolean> negative, Messages m) {
        Label note = label(m.text("balance.negative"), "warning-text");
        note.setId(id);
        note.visibleProperty().bind(BooleanExpression.booleanExpression(negative));
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /**
     * An empty list or picker that says what to do next, with the button that does it ("ยังไม่มี
     * ราคารับซื้อ…" and "ตั้งราคารับซื้อ"), so a first day never ends at an empty box.
     */
    public static VBox emptyState(String id, ObservableValue<String> text, ObservableValue<String> action,
                                  Runnable onAction) {
        Label say = label(text, "empty-text");
        say.setId(id + "-text");
        Button go = button(id + "-action", action, "secondary");
        go.setOnAction(e -> onAction.run());
        VBox box = new VBox(say, go);
        box.setId(id);
        box.getStyleClass().add("empty-state");
        return box;
    }

    /** A record's sync state as a coloured chip: pending, sent, rejected or pulled from the server. */
    public static Label syncChip(Messages messages, SyncState state) {
        Label chip = line(messages.text("sync.state." + state.name()), "chip", "chip-" + state.name().toLowerCase());
        return chip;
    }

    /**
     * Makes a whole row one touch target: a tap anywhere on it runs {@code action}; a drag that
     * scrolls the list does not.
     */
    public static <R extends Region> R tappable(R row, Runnable action) {
        row.getStyleClass().add("tappable");
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                action.run();
            }
        });
        HBox.setHgrow(row, Priority.ALWAYS);
        row.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    /** A list whose cells are built by {@code cell} from each item (a new graphic per item). */
    public static <T> ListView<T> list(String id, ObservableList<T> items,
                                       Function<T, Node> cell) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("card-list");
        list.setCellFactory(v -> new RowCell<>(cell));
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /**
     * A list cell whose row takes the list's whole width and is as tall as its wrapped text needs
     * (a plain cell sizes its graphic as if it had unlimited width, and scrolls sideways).
     */
    private static final class RowCell<T> extends ListCell<T> {
        private final Function<T, Node> build;
        private T shown;

        RowCell(Function<T, Node> build) {
            this.build = build;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                shown = null;
                setGraphic(null);
            } else if (item != shown || getGraphic() == null) {
                shown = item;
                setGraphic(build.apply(item));
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            Node row = getGraphic();
            if (row == null) {
                return super.computePrefHeight(width);
            }
            double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + row.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            Node row = getGraphic();
            if (row != null) {
                row.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                        getWidth() - snappedLeftInset() - snappedRightInset(),
                        getHeight() - snappedTopInset() - snappedBottomInset());
            }
        }
    }

    /** A grid whose columns share the width equally. */
    public static GridPane equalColumns(int columns) {
        GridPane grid = new GridPane();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    /** A white card grouping related lines. */
    public static VBox card(String styleClass, Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("card");
        if (styleClass != null) {
            card.getStyleClass().add(styleClass);
        }
        return card;
    }

    /** A screen's content in the vertical scroll every screen uses, as wide as the phone. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }
}
