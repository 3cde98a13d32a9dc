package th.wastebank.client.statement;

import java.util.function.ToLongFunction;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.statement.FiscalTotals;
import th.wastebank.statement.MonthlyStatement;

/** The bank's year (this and last fiscal year) and the committee's monthly statement, to share. */
public final class StatementView implements Screen {
    private final StatementViewModel vm;
    private final Messages m;
    private final Node root;
    private final GridPane years = new GridPane();

    public StatementView(StatementViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        years.setId("statement-years");
        years.getStyleClass().add("figures");
        years.setHgap(12);
        vm.years().addListener((ListChangeListener<FiscalTotals>) c -> drawYears());

        Button previous = Widgets.button("statement-previous", m.text("margin.previous"), "secondary");
        previous.setOnAction(e -> vm.previousMonth());
        Button next = Widgets.button("statement-next", m.text("margin.next"), "secondary");
        next.setOnAction(e -> vm.nextMonth());
        Label month = Widgets.line(m.formatted(vm.month(), (f, mo) -> f.month(mo)), "row-title");
        month.setId("statement-month");
        HBox months = new HBox(previous, Widgets.hSpacer(), month, Widgets.hSpacer(), next);
        months.setAlignment(Pos.CENTER);

        Button pdf = Widgets.button("statement-share-pdf", m.text("statement.sharePdf"), "primary");
        pdf.disableProperty().bind(vm.busy().or(vm.statement().isNull()));
        pdf.setOnAction(e -> vm.sharePdf());
        Button xlsx = Widgets.button("statement-share-xlsx", m.text("statement.shareXlsx"), "secondary");
        xlsx.disableProperty().bind(vm.busy().or(vm.statement().isNull()));
        xlsx.setOnAction(e -> vm.shareXlsx());

        VBox content = new VBox(Widgets.label(m.text("statement.year"), "section-title"), years,
                Widgets.label(m.text("statement.monthly"), "section-title"), months,
                figure("statement-savings", "statement.savings", MonthlyStatement::savingsTotal),
                figure("statement-deposits", "statement.deposits", MonthlyStatement::depositSatang),
                figure("statement-sales", "statement.sales", MonthlyStatement::saleSatang),
                figure("statement-margin", "statement.margin", MonthlyStatement::marginSatang),
                figure("statement-stock", "statement.stock", MonthlyStatement::stockValueSatang),
                figure("statement-fund", "statement.fund", s -> s.fund().closingSatang()),
                pdf, xlsx, Widgets.error("statement-error", vm.error()));
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private Node figure(String id, String key, ToLongFunction<MonthlyStatement> money) {
        Label value = Widgets.line(m.formatted(vm.statement(), (f, s) -> s == null ? "–" : f.baht(money.applyAsLong(s))),
                "figure-number");
        value.setId(id);
        return Widgets.labelled(m.text(key), value, null);
    }

    /** One row a figure, one column a fiscal year (this one first). */
    private void drawYears() {
        years.getChildren().clear();
        int col = 1;
        for (FiscalTotals y : vm.years()) {
            // the caption above says ปีงบประมาณ; the column names only its year, which fits a phone's width
            Label head = new Label(String.valueOf(y.year().buddhistYear()));
            head.getStyleClass().add("row-title");
            years.add(head, col, 0);
            cell(y.depositGrams(), true, col, 1);
            cell(y.depositSatang(), false, col, 2);
            cell(y.withdrawalSatang(), false, col, 3);
            cell(y.saleSatang(), false, col, 4);
            cell(y.marginSatang(), false, col, 5);
            cell(y.fundInSatang(), false, col, 6);
            cell(y.fundOutSatang(), false, col, 7);
            col++;
        }
        String[] rows = {"statement.year.depositKg", "statement.year.depositBaht", "statement.year.withdrawals",
                "statement.year.sales", "statement.year.margin", "statement.year.fundIn", "statement.year.fundOut"};
        for (int r = 0; r < rows.length; r++) {
            years.add(Widgets.label(m.text(rows[r]), "muted"), 0, r + 1);
        }
    }

    private void cell(long value, boolean grams, int col, int row) {
        Label l = new Label(grams ? m.format().kgAmount(value) : m.format().bahtAmount(value));
        l.setId("statement-year-" + col + "-" + row);
        years.add(l, col, row);
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("statement.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public StatementViewModel viewModel() {
        return vm;
    }
}
