package th.wastebank.client.welfare;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.welfare.FundContribution;

/** Money into the fund: amount, where it came from, a note. */
public final class ContributionView implements Screen {
    private final ContributionViewModel vm;
    private final Messages m;
    private final Node root;

    public ContributionView(ContributionViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        VBox sources = new VBox();
        sources.getStyleClass().add("choices");
        for (String source : FundContribution.SOURCES) {
            sources.getChildren().add(Choices.choice("contribution-" + source,
                    m.text("contribution.source." + source),
                    Bindings.createBooleanBinding(() -> source.equals(vm.source().get()), vm.source()),
                    () -> vm.source().set(source)));
        }
        Button save = Widgets.button("contribution-save", m.text("contribution.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(Widgets.label(m.text("contribution.intro"), "muted"),
                Widgets.labelled(m.text("contribution.amount"),
                        WelfareWidgets.number("contribution-amount", vm.amountText(), null, m.text("unit.baht")),
                        Widgets.error("contribution-amount-error", vm.amountError())),
                Widgets.labelled(m.text("contribution.source"), sources, null),
                Widgets.labelled(m.text("contribution.note"), Widgets.field("contribution-note", vm.note(),
                        m.text("contribution.note.prompt")), null),
                Widgets.error("contribution-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("contribution.title");
    }

    @Override
    public Node node() {
        return root;
    }

    public ContributionViewModel viewModel() {
        return vm;
    }
}
