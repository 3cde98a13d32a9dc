package th.wastebank.client.problems;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.ConfirmPane;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** Refused records with their reasons, each with "retry" and "discard" (which asks first). */
public final class ProblemsView implements Screen {
    private final ProblemsViewModel vm;
    private final Messages m;
    private final Node root;

    public ProblemsView(ProblemsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ListView<ProblemsViewModel.Row> list = Widgets.list("problems-list", vm.rows(), this::row);
        list.setPlaceholder(Widgets.label(m.text("problems.none"), "empty-text"));
        VBox content = new VBox(Widgets.label(m.text("problems.explain"), "muted"), list);
        content.getStyleClass().addAll("screen", "list-screen");

        ConfirmPane confirm = new ConfirmPane("problems-discard",
                Bindings.createStringBinding(() -> vm.discardCandidate().get() == null ? ""
                        : m.get("problems.confirmDiscard", vm.discardCandidate().get().what(),
                        vm.discardCandidate().get().summary()), vm.discardCandidate(), m.languageProperty()),
                m.text("problems.discard"), m.text("problems.keep"), vm::confirmDiscard, vm::cancelDiscard);
        confirm.visibleProperty().bind(vm.discardCandidate().isNotNull());
        root = new StackPane(content, confirm);
    }

    private Node row(ProblemsViewModel.Row row) {
        Label what = Widgets.text(row.what(), "row-title");
        Label summary = Widgets.text(row.summary(), "row-detail");
        Label reason = Widgets.text(row.reason(), "problem-reason");
        Label when = Widgets.label(m.text("problems.savedAt", m.show(row.op().recordedAt(), (f, at) -> f.dateTime(at))),
                "row-detail");
        Button retry = Widgets.button(null, m.text("problems.retry"), "secondary", "retry-button");
        retry.setOnAction(e -> vm.retry(row));
        Button discard = Widgets.button(null, m.text("problems.discard"), "danger-outline", "discard-button");
        discard.setOnAction(e -> vm.askDiscard(row));
        HBox.setHgrow(retry, Priority.ALWAYS);
        HBox.setHgrow(discard, Priority.ALWAYS);
        HBox actions = new HBox(retry, discard);
        actions.getStyleClass().add("button-row");
        VBox box = new VBox(what, summary, reason, when, actions);
        box.getStyleClass().add("problem-row");
        return box;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("problems.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ProblemsViewModel viewModel() {
        return vm;
    }
}
