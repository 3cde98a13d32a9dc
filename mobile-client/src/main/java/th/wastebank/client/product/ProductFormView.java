package th.wastebank.client.product;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoStripView;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;

/** The product form: what it is, what it is made of, its story, its makers, price, status and photos. */
public final class ProductFormView implements Screen {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ProductFormViewModel vm;
    private final Messages m;
    private final Node root;

    public ProductFormView(ProductFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        VBox kinds = new VBox(kindChoice(ProductKind.WET_ORGANIC), kindChoice(ProductKind.DRY_NON_RECYCLABLE));
        kinds.getStyleClass().add("choices");
        ComboBox<ProductFormViewModel.ExampleChoice> example = new ComboBox<>(vm.examples());
        example.setId("product-example");
        example.valueProperty().bindBidirectional(vm.example());
        example.setMaxWidth(Double.MAX_VALUE);
        example.setCellFactory(v -> new ExampleCell());
        example.setButtonCell(new ExampleCell());
        Node examples = Widgets.labelled(m.text("product.example"), example, null);
        examples.visibleProperty().bind(vm.kind().isNotNull());
        examples.managedProperty().bind(examples.visibleProperty());

        TextArea story = new TextArea();
        story.setId("product-story");
        story.textProperty().bindBidirectional(vm.story());
        story.promptTextProperty().bind(m.text("product.story.prompt"));
        story.setWrapText(true);
        story.setPrefRowCount(3);

        TextField price = Widgets.field("product-price", vm.priceText(), m.text("product.price.prompt"));
        HBox.setHgrow(price, Priority.ALWAYS);
        HBox priceRow = new HBox(price, Widgets.label(m.text("unit.baht"), "input-unit"));
        priceRow.setAlignment(Pos.CENTER_LEFT);
        priceRow.getStyleClass().add("input-row");

        ComboBox<ProductStatus> status = new ComboBox<>();
        status.getItems().setAll(ProductStatus.values());
        status.setId("product-status");
        status.valueProperty().bindBidirectional(vm.status());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setCellFactory(v -> new StatusCell());
        status.setButtonCell(new StatusCell());

        Node photos = new PhotoStripView("product-photos", vm.photoList(), m).node();
        Button addPhoto = Widgets.button("product-add-photo", m.text("product.photos.add"), "secondary");
        addPhoto.disableProperty().bind(vm.busy());
        addPhoto.setOnAction(e -> vm.photoList().add());

        Button save = Widgets.button("product-save", m.text("product.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(
                Widgets.labelled(m.text("product.name"), Widgets.field("product-name", vm.name(),
                        m.text("product.name.prompt")), Widgets.error("product-name-error", vm.nameError())),
                Widgets.labelled(m.text("product.kind"), kinds, Widgets.error("product-kind-error", vm.kindError())),
                examples,
                Widgets.labelled(m.text("product.materials"), Widgets.field("product-materials", vm.materials(),
                        m.text("product.materials.prompt")), null),
                Widgets.labelled(m.text("product.story"), story, null),
                Widgets.labelled(m.text("product.group"), Widgets.field("product-group", vm.producerGroup(),
                        m.text("product.group.prompt")), null),
                Widgets.labelled(m.text("product.price"), priceRow, Widgets.error("product-price-error", vm.priceError())),
                Widgets.labelled(m.text("product.status"), status, null),
                Widgets.labelled(m.text("product.photos"), photos, Widgets.error("product-photo-error", vm.photoList().error())),
                addPhoto,
                Widgets.error("product-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    /** One kind of waste as a card to tap: the letter's name for it, selected or not. */
    private Node kindChoice(ProductKind kind) {
        Label name = Widgets.label(Bindings.createStringBinding(() -> m.thai() ? kind.nameTh() : kind.nameEn(),
                m.languageProperty()), "choice-text");
        VBox card = Widgets.tappable(new VBox(name), () -> vm.kind().set(kind));
        card.setId("product-kind-" + kind.name());
        card.getStyleClass().add("choice");
        card.pseudoClassStateChanged(SELECTED, vm.kind().get() == kind);
        vm.kind().addListener((o, was, now) -> card.pseudoClassStateChanged(SELECTED, now == kind));
        return card;
    }

    private final class ExampleCell extends ListCell<ProductFormViewModel.ExampleChoice> {
        @Override
        protected void updateItem(ProductFormViewModel.ExampleChoice e, boolean empty) {
            super.updateItem(e, empty);
            textProperty().unbind();
            setWrapText(true);
            if (empty || e == null) {
                setText(null);
            } else {
                textProperty().bind(Bindings.createStringBinding(() -> vm.label(e), m.languageProperty()));
            }
        }
    }

    private final class StatusCell extends ListCell<ProductStatus> {
        @Override
        protected void updateItem(ProductStatus s, boolean empty) {
            super.updateItem(s, empty);
            textProperty().unbind();
            if (empty || s == null) {
                setText(null);
            } else {
                textProperty().bind(Bindings.createStringBinding(() -> m.thai() ? s.nameTh() : s.nameEn(),
                        m.languageProperty()));
            }
        }
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.editing() ? "product.title.edit" : "product.title.new");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ProductFormViewModel viewModel() {
        return vm;
    }
}
