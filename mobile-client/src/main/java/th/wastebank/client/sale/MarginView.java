package th.wastebank.client.sale;

import javafx.beans.value.ObservableValue;
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
import th.wastebank.sale.StockValuation;

/** A month's sales, what they cost, the margin, and the stock lost. */
public final class MarginView implements Screen {
    private final MarginViewModel vm;
    private final Messages m;
    private final Node root;

    public MarginView(MarginViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Button previous = Widgets.button("margin-previous", m.text("margin.previous"), "secondary");
        previous.setOnAction(e -> vm.previousMonth());
        Button next = Widgets.button("margin-next", m.text("margin.next"), "secondary");
        next.setOnAction(e -> vm.nextMonth());
        Label month = Widgets.line(m.formatted(vm.month(), (f, mo) -> f.month(mo)), "row-title");
        month.setId("margin-month");
        HBox months = new HBox(previous, Widgets.hSpacer(), month, Widgets.hSpacer(), next);
        months.setAlignment(Pos.CENTER);
        VBox content = new VBox(months,
                figure("margin-sales", "margin.sales", StockValuation.MonthFigures::salesSatang),
                figure("margin-sold-kg", "margin.soldKg", null),
                figure("margin-cost", "margin.cost", StockValuation.MonthFigures::costSatang),
                figure("margin-margin", "margin.margin", StockValuation.MonthFigures::marginSatang),
                figure("margin-lost", "margin.lost", StockValuation.MonthFigures::lostSatang),
                Widgets.label(m.text("margin.note"), "muted"),
                Widgets.error("margin-error", vm.error()));
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    /** A figure of the month in baht, or (money null) the kilograms sold. */
    private Node figure(String id, String key, java.util.function.ToLongFunction<StockValuation.MonthFigures> money) {
        Label value = Widgets.line(m.formatted(vm.figures(), (f, fig) -> money == null
                ? f.kg(fig.soldGrams()) : f.baht(money.applyAsLong(fig))), "figure-number");
        value.setId(id);
        return Widgets.labelled(m.text(key), value, null);
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("margin.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public MarginViewModel viewModel() {
        return vm;
    }
}
