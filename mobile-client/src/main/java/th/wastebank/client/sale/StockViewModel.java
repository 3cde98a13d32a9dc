package th.wastebank.client.sale;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.material.MaterialCatalogue;

/**
 * The stock board: kilograms and value (at the average cost, ADR 0012) of every material the bank
 * holds, a negative stock (sold more than this phone knows was bought) marked for checking, and the
 * ways to record a sale and to see the month's margin. Below, the latest sales and adjustments, each
 * of which can be voided when it was recorded by mistake (a voided one stays listed with its reason).
 */
public final class StockViewModel {
    /** One material on the board, with its Thai and English names. */
    public record Row(String materialCode, String nameTh, String nameEn, long grams, long value) {
        public boolean negative() {
            return grams < 0;
        }

        public String name(boolean thai) {
            return thai || nameEn == null ? nameTh : nameEn;
        }
    }

    /** How many of the latest sales and adjustments the board lists. */
    static final int RECORDS = 20;

    private record Loaded(List<Row> rows, long value, List<SaleService.StockRecord> records) {
    }

    private final SaleService sales;
    private final PriceBoard prices;
    private final ScreenContext ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<SaleService.StockRecord> records = FXCollections.observableArrayList();
    private final LongProperty totalValue = new SimpleLongProperty();
    private final StringProperty error = new SimpleStringProperty();

    public StockViewModel(SaleService sales, PriceBoard prices, ScreenContext ui) {
        this.sales = sales;
        this.prices = prices;
        this.ui = ui;
    }

    public void load() {
        ui.async().run(() -> {
            Map<String, PriceRow> board = prices.on(sales.today()).stream()
                    .collect(Collectors.toMap(PriceRow::materialCode, Function.identity(), (a, b) -> a));
            List<Row> list = sales.stock().stream().filter(s -> s.grams() != 0 || s.value() != 0).map(s -> {
                PriceRow p = board.get(s.materialCode());
                String th = p != null ? p.nameTh()
                        : MaterialCatalogue.find(s.materialCode()).map(x -> x.name(true)).orElse(s.materialCode());
                String en = p != null ? p.nameEn()
                        : MaterialCatalogue.find(s.materialCode()).map(x -> x.name(false)).orElse(null);
                return new Row(s.materialCode(), th, en, s.grams(), s.value());
            }).toList();
            return new Loaded(list, list.stream().mapToLong(Row::value).sum(), sales.records(RECORDS));
        }, loaded -> {
            Lists.replaceIfChanged(rows, loaded.rows());
            Lists.replaceIfChanged(records, loaded.records());
            totalValue.set(loaded.value());
        }, failure -> error.set(ui.explain(failure)));
    }

    public void recordSale() {
        ui.routes().recordSale();
    }

    public void openMargin() {
        ui.routes().saleMargin();
    }

    public void adjustStock() {
        ui.routes().adjustStock();
    }

    /** Part of a month's margin into a welfare scheme funded by it. */
    public void marginRun() {
        ui.routes().marginRun();
    }

    /** The year-end dividend from the year's margin. */
    public void dividend() {
        ui.routes().dividend();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The latest sales and adjustments, newest first. */
    public ObservableList<SaleService.StockRecord> records() {
        return records;
    }

    /** Opens the form to void {@code record}; a record voided already stays as it is. */
    public void voidRecord(SaleService.StockRecord record) {
        if (!record.voided()) {
            ui.routes().voidStockRecord(record.id());
        }
    }

    /** One line saying which sale or adjustment this is: buyer, day, kg and total; or material, kg and day. */
    public static String describe(Messages m, SaleService.StockRecord r) {
        var f = m.format();
        if (r.sale()) {
            return m.get("stock.record.sale", r.buyerName() == null ? "" : r.buyerName(), f.date(r.day()), f.kg(r.grams()),
                    f.baht(r.amount()));
        }
        String material = MaterialCatalogue.find(r.materialCode()).map(x -> x.name(m.thai())).orElse(r.materialCode());
        return m.get("stock.record.adjust", material, f.kg(r.grams()), f.date(r.day()));
    }

    /** The value of all stock on hand, in satang. */
    public LongProperty totalValue() {
        return totalValue;
    }

    public StringProperty error() {
        return error;
    }
}
