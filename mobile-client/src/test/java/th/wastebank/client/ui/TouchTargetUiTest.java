package th.wastebank.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.PhoneUiTest;

/**
 * The touch-target check of {@link PhoneUiTest} finds what is too small (a tiny icon button, a
 * row that reacts to a tap), and the app's stylesheet makes every kind of control,
 * the open combo box's rows and the deposit line's ✕ included, at least 48 px.
 */
class TouchTargetUiTest extends PhoneUiTest {
    private final VBox styled = new VBox();
    private final VBox bare = new VBox();

    @Override
    public void start(Stage stage) {
        Fonts.load();
        Button remove = new Button();
        remove.setId("styled-remove");
        remove.setGraphic(Icons.of(Icons.CLOSE, "button-icon"));
        remove.getStyleClass().add("icon-button");
        HBox line = new HBox(new Label("ขวดพลาสติกใส 2.500 กก."), remove);
        line.getStyleClass().add("deposit-line");
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("ขวดพลาสติกใส", "กระดาษลัง"));
        combo.setId("styled-combo");
        ToggleButton toggle = new ToggleButton("ครั้งเดียว");
        toggle.getStyleClass().add("segment");
        styled.getChildren().addAll(line, combo, new CheckBox("ยืนยัน"), toggle, new Button("บันทึก"));
        styled.getStyleClass().add("screen");
        Scene scene = new Scene(styled, 390, 700);
        scene.getStylesheets().add(AppShell.class.getResource(AppShell.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theAppsControlsAndAnOpenComboBoxsRowsAreAtLeast48px() {
        clickOn("#styled-combo");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> n.getStyleClass().contains("list-cell")
                && "กระดาษลัง".equals(((Labeled) n).getText())));

        assertEquals(List.of(), touchTargetsSmallerThan48px());
        type(KeyCode.ESCAPE);
    }

    @Test
    void theCheckFindsATinyIconButtonAThirtyPixelButtonAndATappableRow() {
        onFx(() -> {
            Button tiny = new Button();
            tiny.setId("tiny");
            tiny.setGraphic(Icons.of(Icons.CLOSE, "button-icon"));
            tiny.setStyle("-fx-min-height: 24px; -fx-pref-height: 24px; -fx-max-height: 24px; -fx-min-width: 24px;"
                    + " -fx-max-width: 24px; -fx-padding: 0;");
            Button low = new Button("ลบ");
            low.setId("low");
            low.setStyle("-fx-min-height: 30px; -fx-pref-height: 30px; -fx-max-height: 30px; -fx-padding: 0 8px;");
            Label row = new Label("นางสมศรี");
            row.setId("row");
            row.setOnMouseClicked(e -> { });
            bare.getChildren().addAll(tiny, low, row);
            styled.getChildren().add(bare);
            return null;
        });

        List<String> small = touchTargetsSmallerThan48px();

        assertTrue(small.stream().anyMatch(s -> s.contains("#tiny")), String.valueOf(small));
        assertTrue(small.stream().anyMatch(s -> s.contains("#row")), String.valueOf(small));
        assertTrue(small.stream().anyMatch(s -> s.contains("#low 'ลบ'") && s.endsWith("×30 px")), String.valueOf(small));
        onFx(() -> styled.getChildren().remove(bare));
    }
}
