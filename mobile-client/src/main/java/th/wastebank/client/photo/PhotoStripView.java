package th.wastebank.client.photo;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Widgets;

/**
 * A form's photos as tiles: the picture, how far its upload has come (รอส่ง / กำลังส่ง n% / ส่งแล้ว,
 * or "on the server" for another phone's photo) with a bar, and a button to take it off the record.
 */
public final class PhotoStripView {
    private static final double TILE = 96;

    private final PhotoListViewModel vm;
    private final Messages m;
    private final FlowPane pane = new FlowPane();

    /** @param id the pane's node id (the tests and screenshots find it by this) */
    public PhotoStripView(String id, PhotoListViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        pane.setId(id);
        pane.getStyleClass().add("photo-grid");
        vm.tiles().addListener((ListChangeListener<PhotoTile>) c -> draw());
        draw();
    }

    public Node node() {
        return pane;
    }

    private void draw() {
        List<Node> nodes = vm.tiles().stream().map(this::tile).toList();
        pane.getChildren().setAll(nodes);
        if (nodes.isEmpty()) {
            pane.getChildren().add(Widgets.label(m.text("product.photos.none"), "muted"));
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
        remove.setOnAction(e -> vm.remove(t.sha256()));
        VBox tile = new VBox(picture, state, bar, remove);
        if (t.refusedTh() != null) {
            // a refused photo is never sent again by itself: the committee must see why, to take it again smaller
            Label why = Widgets.text(t.refusedTh(), "photo-refused");
            why.setMaxWidth(TILE);
            tile.getChildren().add(2, why);
        }
        tile.setId("photo-" + t.sha256().substring(0, 12));
        tile.getStyleClass().add("photo-tile");
        tile.setPrefWidth(TILE);
        return tile;
    }
}
