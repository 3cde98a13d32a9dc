package th.wastebank.client.progress;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The five steps, one card each: its name, the date and evidence of its latest record, and "record". */
public final class StepsView implements Screen {
    private final StepsViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox cards = new VBox();

    public StepsView(StepsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        cards.getStyleClass().add("step-cards");
        vm.rows().addListener((ListChangeListener<StepRow>) c -> draw());
        draw();
        VBox content = new VBox(Widgets.label(m.text("steps.intro"), "muted"), cards);
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private void draw() {
        List<Node> nodes = vm.rows().stream().map(this::card).toList();
        cards.getChildren().setAll(nodes);
    }

    private Node card(StepRow row) {
        int n = row.step().number();
        Label number = Widgets.line(m.text("steps.step", m.show((long) n, (f, x) -> f.number(x))), "section-title");
        HBox top = new HBox(number, Widgets.hSpacer());
        top.setAlignment(Pos.CENTER_LEFT);
        if (row.latest() != null) {
            top.getChildren().add(Widgets.syncChip(m, row.latest().syncState()));
        }
        Label name = Widgets.label(Bindings.createStringBinding(() -> m.thai() ? row.step().nameTh()
                : row.step().nameEn(), m.languageProperty()), "row-title");
        Label when = Widgets.label(row.latest() == null ? m.text("steps.notYet")
                : m.text("steps.doneOn", m.show(row.latest().doneOn(), (f, d) -> f.date(d))), "muted");
        when.setId("step-" + n + "-date");
        VBox card = Widgets.card("step-card", top, name, when);
        if (!row.evidence().isEmpty()) {
            Label evidence = Widgets.text(row.evidence(), "step-evidence");
            evidence.setId("step-" + n + "-evidence");
            card.getChildren().add(evidence);
        }
        Button record = Widgets.button("step-record-" + n,
                m.text(row.latest() == null ? "steps.record" : "steps.recordAgain"),
                row.latest() == null ? "primary" : "secondary");
        record.setOnAction(e -> vm.record(row.step()));
        card.getChildren().add(record);
        card.setId("step-" + n);
        return card;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("steps.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public StepsViewModel viewModel() {
        return vm;
    }
}
