package th.wastebank.client.sale;

import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.sale.AdjustReason;

/**
 * Setting the stock right: weight lost to drying, dirt or damage, weight re-sorted into another
 * material, or a stock count. For a loss or a re-sort the committee types the kilograms that went;
 * for a count, the kilograms counted, and the difference from the stock this phone knows is recorded.
 */
public final class StockAdjustViewModel {
    private record Loaded(List<PriceRow> materials, List<SaleService.StockRow> stock) {
    }

    private final SaleService sales;
    private final PriceBoard prices;
    private final ScreenContext ui;
    private final Messages m;
    private final ObservableList<PriceRow> materials = FXCollections.observableArrayList();
    private final ObservableList<SaleService.StockRow> stock = FXCollections.observableArrayList();
    private final ObjectProperty<PriceRow> material = new SimpleObjectProperty<>();
    private final ObjectProperty<AdjustReason> reason = new SimpleObjectProperty<>(AdjustReason.DRYING);
    private final ObjectProperty<PriceRow> target = new SimpleObjectProperty<>();
    private final StringProperty kgText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty materialError = new SimpleStringProperty();
    private final StringProperty kgError = new SimpleStringProperty();
    private final StringProperty targetError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StockAdjustViewModel(SaleService sales, PriceBoard prices, ScreenContext ui) {
        this.sales = sales;
        this.prices = prices;
        this.ui = ui;
        this.m = ui.messages();
    }

    public void load() {
        ui.async().run(() -> new Loaded(prices.on(sales.today()), sales.stock()), loaded -> {
            Lists.replaceIfChanged(materials, loaded.materials());
            Lists.replaceIfChanged(stock, loaded.stock());
        }, failure -> error.set(ui.explain(failure)));
    }

    /** The grams of the chosen material this phone knows are in stock. */
    public long stockGrams() {
        PriceRow row = material.get();
        return row == null ? 0 : stock.stream().filter(s -> s.materialCode().equals(row.materialCode()))
                .mapToLong(SaleService.StockRow::grams).sum();
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        targetError.set(null);
        PriceRow row = material.get();
        materialError.set(row == null ? m.get("sale.material.missing") : null);
        NumberInput.Parsed kg = NumberInput.parse(kgText.get(), 3);
        kgError.set(kg.ok() ? null : m.get("sale.weight.invalid"));
        if (row == null || kgError.get() != null) {
            return;
        }
        AdjustReason why = reason.get();
        long grams = why == AdjustReason.COUNT ? kg.value() - stockGrams() : -kg.value();
        if (grams == 0) {
            kgError.set(m.get(why == AdjustReason.COUNT ? "adjust.countSame" : "adjust.nothing"));
            return;
        }
        String code = row.materialCode();
        String into = why == AdjustReason.RESORTED && target.get() != null ? target.get().materialCode() : null;
        String text = note.get();
        FormSave.run(ui, busy, error, Map.of("grams", kgError, "targetMaterial", targetError, "materialCode",
                materialError), () -> sales.adjust(code, grams, why.name(), into, text),
                id -> m.get("adjust.saved", m.format().kg(Math.abs(grams))));
    }

    /** The board's materials. */
    public ObservableList<PriceRow> materials() {
        return materials;
    }

    public ObjectProperty<PriceRow> material() {
        return material;
    }

    public ObjectProperty<AdjustReason> reason() {
        return reason;
    }

    /** The material a re-sort moves the weight into. */
    public ObjectProperty<PriceRow> target() {
        return target;
    }

    /** Kilograms lost or re-sorted, or (for a count) counted. */
    public StringProperty kgText() {
        return kgText;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty materialError() {
        return materialError;
    }

    public StringProperty kgError() {
        return kgError;
    }

    public StringProperty targetError() {
        return targetError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
