package th.wastebank.client.sale;

import java.time.YearMonth;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.ui.ScreenContext;
import th.wastebank.sale.StockValuation;

/**
 * A month's selling: how much was sold, what it cost at the average cost of the stock, the margin
 * (which pays the bank's costs and may feed a welfare fund), and the stock lost to drying, dirt and
 * damage; this month first, earlier months one tap away.
 */
public final class MarginViewModel {
    private final SaleService sales;
    private final ScreenContext ui;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<StockValuation.MonthFigures> figures = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();

    public MarginViewModel(SaleService sales, ScreenContext ui) {
        this.sales = sales;
        this.ui = ui;
        month.set(YearMonth.from(sales.today()));
        figures.set(new StockValuation.MonthFigures(month.get(), 0, 0, 0, 0, 0, 0));
    }

    public void load() {
        YearMonth shown = month.get();
        ui.async().run(() -> sales.month(shown), figures::set, failure -> error.set(ui.explain(failure)));
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
        load();
    }

    /** The next month, but never past this one. */
    public void nextMonth() {
        if (month.get().isBefore(YearMonth.from(sales.today()))) {
            month.set(month.get().plusMonths(1));
            load();
        }
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObjectProperty<StockValuation.MonthFigures> figures() {
        return figures;
    }

    public StringProperty error() {
        return error;
    }
}
