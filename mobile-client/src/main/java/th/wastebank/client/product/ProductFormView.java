package th.wastebank.client.product;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;

/** The product form: what it is, what it is made of, its story, its makers, price, status and photos. */
public final class ProductFormView implements Screen {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double TILE = 96;

    private final ProductFormViewModel vm;
    private final Messages m;
    private final Node root;
    private final FlowPane photos = new FlowPane();

    public ProductFormView(ProductFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        VBox kinds = new VBox(kindChoice(ProductKind.WET_ORGANIC), kindChoice(ProductKind.DRY_NON_RECYCLABLE));
        kinds.getStyleClass().add("choices");
        Label hint = Widgets.label(vm.kindHint(), "muted", "kind-hint");
        hint.setId("product-kind-hint");
        hint.visibleProperty().bind(vm.kind().isNotNull());
        hint.managedProperty().bind(hint.visibleProperty());

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

        photos.setId("product-photos");
        photos.getStyleClass().add("photo-grid");
        vm.tiles().addListener((ListChangeListener<PhotoTile>) c -> drawTiles());
        drawTiles();
        Button addPhoto = Widgets.button("product-add-photo", m.text("product.photos.add"), "secondary");
        addPhoto.disableProperty().bind(vm.busy());
        addPhoto.setOnAction(e -> vm.addPhoto());

        Button save = Widgets.button("product-save", m.text("product.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(
                Widgets.labelled(m.text("product.name"), Widgets.field("product-name", vm.name(),
                        m.text("product.name.prompt")), Widgets.error("product-name-error", vm.nameError())),
                Widgets.labelled(m.text("product.kind"), kinds, Widgets.error("product-kind-error", vm.kindError())),
                hint,
                Widgets.labelled(m.text("product.materials"), Widgets.field("product-materials", vm.materials(),
                        m.text("product.materials.prompt")), null),
                Widgets.labelled(m.text("product.story"), story, null),
                Widgets.labelled(m.text("product.group"), Widgets.field("product-group", vm.producerGroup(),
                        m.text("product.group.prompt")), null),
                Widgets.labelled(m.text("product.price"), priceRow, Widgets.error("product-price-error", vm.priceError())),
                Widgets.labelled(m.text("product.status"), status, null),
                Widgets.labelled(m.text("product.photos"), photos, Widgets.error("product-photo-error", vm.photoError())),
                addPhoto,
                Widgets.error("product-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
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

    private void drawTiles() {
        List<Node> nodes = vm.tiles().stream().map(this::tile).toList();
        photos.getChildren().setAll(nodes);
        if (nodes.isEmpty()) {
            photos.getChildren().add(Widgets.label(m.text("product.photos.none"), "muted"));
        }
    }

    private Node tile(PhotoTile t) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("photo-frame");
        picture.setPrefSize(TILE, TILE);
        picture.setMaxSize(TILE, TILE);
        if (t.file() != null) {
            ImageView image = new ImageView(new Image(t.file().toUri().toString(), TILE * 2, TILE * 2, true, true));
            image.setFitWidth(TILE);
            image.setFitHeight(TILE);
            image.setPreserveRatio(true);
            picture.getChildren().add(image);
        }
        Label state = Widgets.line(m.show(t, (f, x) -> x.state() == null ? m.get("product.photo.elsewhere")
                : x.state() == PhotoState.UPLOADING ? m.get("product.photo.UPLOADING", f.number(Math.round(x.progress() * 100)) + "%")
                : m.get("product.photo." + x.state().name())), "photo-state");
        ProgressBar bar = new ProgressBar(t.progress());
        bar.getStyleClass().add("photo-progress");
        bar.setMaxWidth(TILE);
        bar.setPrefWidth(TILE);
        Button remove = Widgets.button(null, m.text("product.photos.remove"), "small-button");
        remove.setMaxWidth(TILE);
        remove.setOnAction(e -> vm.removePhoto(t.sha256()));
        VBox tile = new VBox(picture, state, bar, remove);
        tile.setId("photo-" + t.sha256().substring(0, 12));
        tile.getStyleClass().add("photo-tile");
        tile.setPrefWidth(TILE);
        return tile;
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
