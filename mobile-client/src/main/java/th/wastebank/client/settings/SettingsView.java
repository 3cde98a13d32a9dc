package th.wastebank.client.settings;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** Settings: the pairing (read only), the language switch ไทย/English and the Thai-digits option. */
public final class SettingsView implements Screen {
    private final SettingsViewModel vm;
    private final Messages m;
    private final Node root;

    public SettingsView(SettingsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        VBox org = Widgets.card(null, Widgets.label(m.text("settings.org"), "section-title"),
                value("settings-org", vm.orgName(), "row-title"),
                value(null, m.text("settings.orgCode", vm.orgCode()), "row-detail"),
                value(null, vm.orgArea(), "row-detail"));
        VBox device = Widgets.card(null, Widgets.label(m.text("settings.device"), "section-title"),
                value("settings-device", vm.deviceName(), "row-title"),
                value(null, m.text("settings.deviceId", vm.deviceId()), "row-detail"),
                Widgets.label(m.text("settings.server"), "field-caption"),
                value("settings-server", vm.serverUrl(), "row-detail"));
        Button pairAgain = Widgets.button("settings-pair-again", m.text("settings.pairAgain"), "secondary");
        pairAgain.setOnAction(e -> vm.pairAgain());
        device.getChildren().add(pairAgain);
        Button committee = Widgets.button("settings-committee", m.text("settings.committee"), "secondary");
        committee.setOnAction(e -> vm.committee());
        device.getChildren().add(committee);

        ToggleGroup languages = new ToggleGroup();
        ToggleButton thai = new ToggleButton("ไทย");
        thai.setId("settings-lang-th");
        ToggleButton english = new ToggleButton("English");
        english.setId("settings-lang-en");
        for (ToggleButton b : new ToggleButton[]{thai, english}) {
            b.setToggleGroup(languages);
            b.getStyleClass().add("segment");
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        thai.setSelected(Messages.THAI.equals(vm.language().get()));
        english.setSelected(Messages.ENGLISH.equals(vm.language().get()));
        vm.language().addListener((o, was, now) -> {
            thai.setSelected(Messages.THAI.equals(now));
            english.setSelected(Messages.ENGLISH.equals(now));
        });
        languages.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.language().set(now == english ? Messages.ENGLISH : Messages.THAI);
            }
        });
        HBox segments = new HBox(thai, english);
        segments.getStyleClass().add("segments");

        CheckBox digits = new CheckBox();
        digits.setId("settings-thai-digits");
        digits.textProperty().bind(m.text("settings.thaiDigits"));
        digits.selectedProperty().bindBidirectional(vm.thaiDigits());
        digits.setWrapText(true);
        Label sample = Widgets.label(m.text("settings.sample", m.show(123450L, (f, s) -> f.baht(s)),
                m.show(java.time.LocalDate.of(2026, 11, 23), (f, d) -> f.date(d))), "muted");

        VBox display = Widgets.card(null, Widgets.label(m.text("settings.language"), "section-title"), segments,
                digits, sample);

        VBox content = new VBox(org, device, display);
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private static Label value(String id, ObservableValue<String> text, String style) {
        Label label = Widgets.label(text, style);
        if (id != null) {
            label.setId(id);
        }
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("settings.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public SettingsViewModel viewModel() {
        return vm;
    }
}
