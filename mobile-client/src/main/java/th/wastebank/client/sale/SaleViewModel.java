package th.wastebank.client.sale;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoListViewModel;
import th.wastebank.client.photo.PhotoService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.sale.BuyerKind;
import th.wastebank.sale.SaleLine;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;

/**
 * Recording a sale to a buyer: pick the buyer (or add one here), add one line per material with
 * its weight and the buyer's price per kilogram (the amount by the one amount rule), watch the
 * total, say who sold, add a photo of the buyer's slip if there is one, save. Every refusal shows in Thai beside its field and nothing typed is lost.
 */
public final class SaleViewModel {
    /** A line as shown: the material's row on the board (for its name) and the priced line. */
    public record Line(PriceRow material, SaleLine priced) {
    }

    private record Loaded(List<SaleService.Buyer> buyers, List<PriceRow> materials, List<SaleService.StockRow> stock) {
    }

    private final SaleService sales;
    private final PriceBoard prices;
    private final ScreenContext ui;
    private final Messages m;

    private final ObservableList<SaleService.Buyer> buyers = FXCollections.observableArrayList();
    private final ObjectProperty<SaleService.Buyer> buyer = new SimpleObjectProperty<>();
    private final StringProperty newBuyerName = new SimpleStringProperty("");
    private final ObjectProperty<BuyerKind> newBuyerKind = new SimpleObjectProperty<>(BuyerKind.SHOP);
    private final StringProperty newBuyerPhone = new SimpleStringProperty("");
    private final StringProperty newBuyerError = new SimpleStringProperty();
    private final ObservableList<PriceRow> materials = FXCollections.observableArrayList();
    private final ObjectProperty<PriceRow> material = new SimpleObjectProperty<>();
    private final StringProperty weightText = new SimpleStringProperty("");
    private final StringProperty priceText = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final LongProperty totalGrams = new SimpleLongProperty();
    private final StringProperty soldBy = new SimpleStringProperty("");
    private final StringProperty buyerError = new SimpleStringProperty();
    private final StringProperty materialError = new SimpleStringProperty();
    private final StringProperty weightError = new SimpleStringProperty();
    private final StringProperty priceError = new SimpleStringProperty();
    private final StringProperty soldByError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final PhotoListViewModel receipt;
    private final Map<String, Long> stock = new HashMap<>();
    private final StringProperty stockWarning = new SimpleStringProperty();

    public SaleViewModel(SaleService sales, PriceBoard prices, PhotoService photos, PhotoSource photoSource,
                         PhotoUploadViewModel uploads, ScreenContext ui) {
        this.sales = sales;
        this.prices = prices;
        this.ui = ui;
        this.m = ui.messages();
        this.receipt = new PhotoListViewModel(photos, photoSource, uploads, ui, busy);
        lines.addListener((ListChangeListener<Line>) c -> {
            total.set(lines.stream().mapToLong(l -> l.priced().amount()).sum());
            totalGrams.set(lines.stream().mapToLong(l -> l.priced().grams()).sum());
            warnAboveStock();
        });
    }

    /** Loads the buyers and the bank's materials. */
    public void load() {
        ui.async().run(() -> new Loaded(sales.buyers(), prices.on(sales.today()), sales.stock()), loaded -> {
            Lists.replaceIfChanged(buyers, loaded.buyers());
            Lists.replaceIfChanged(materials, loaded.materials());
            stock.clear();
            loaded.stock().forEach(r -> stock.put(r.materialCode(), r.grams()));
            warnAboveStock();
        }, failure -> error.set(ui.explain(failure)));
    }

    /**
     * Not a refusal: a material sold beyond the stock this phone knows is saved all the same (the
     * waste has gone to the buyer), and the committee is told before saving.
     */
    private void warnAboveStock() {
        Map<PriceRow, Long> sold = new LinkedHashMap<>();
        lines.forEach(l -> sold.merge(l.material(), l.priced().grams(), Long::sum));
        List<String> above = sold.entrySet().stream()
                .filter(e -> e.getValue() > stock.getOrDefault(e.getKey().materialCode(), 0L))
                .map(e -> m.get("sale.aboveStock.line", e.getKey().name(m.thai()),
                        m.format().kg(stock.getOrDefault(e.getKey().materialCode(), 0L))))
                .toList();
        stockWarning.set(above.isEmpty() ? null : m.get("sale.aboveStock", String.join(", ", above)));
    }

    public void chooseBuyer(SaleService.Buyer chosen) {
        buyer.set(chosen);
        buyerError.set(null);
    }

    /** Adds the buyer typed in and chooses it; when refused, the reason shows and the text stays. */
    public void addBuyer() {
        newBuyerError.set(null);
        String name = newBuyerName.get();
        String kind = newBuyerKind.get() == null ? null : newBuyerKind.get().name();
        String phone = newBuyerPhone.get();
        ui.async().run(() -> sales.addBuyer(name, kind, phone, null), added -> {
            buyers.add(added);
            chooseBuyer(added);
            newBuyerName.set("");
            newBuyerPhone.set("");
        }, failure -> newBuyerError.set(ui.explain(failure)));
    }

    /** Adds the typed weight and price of the chosen material as a line; false (and the text stays) when refused. */
    public boolean addLine() {
        PriceRow row = material.get();
        materialError.set(row == null ? m.get("sale.material.missing") : null);
        NumberInput.Parsed kg = NumberInput.parse(weightText.get(), 3);
        weightError.set(!kg.ok() ? m.get("sale.weight.invalid")
                : Limits.weightProblem(kg.value(), Limits.MAX_SALE_LINE_GRAMS, ReasonCode.SALE_WEIGHT_TOO_LARGE)
                .map(m::reason).orElse(null));
        NumberInput.Parsed price = NumberInput.parse(priceText.get(), 2);
        priceError.set(price.ok() && Limits.priceValid(price.value()) ? null : m.reason(ReasonCode.SALE_PRICE_INVALID));
        if (row == null || weightError.get() != null || priceError.get() != null) {
            return false;
        }
        if (lines.size() >= Limits.MAX_LINES) {
            error.set(m.reason(ReasonCode.SALE_TOO_MANY_LINES));
            return false;
        }
        lines.add(new Line(row, SaleLine.priced(row.materialCode(), kg.value(), price.value())));
        weightText.set("");
        priceText.set("");
        error.set(null);
        return true;
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    /** Saves the sale and goes back; on any refusal the screen keeps everything as typed. */
    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        buyerError.set(buyer.get() == null ? m.reason(ReasonCode.BUYER_REQUIRED) : null);
        boolean typed = weightText.get() != null && !weightText.get().isBlank();
        if (typed && !addLine()) {
            return;
        }
        soldByError.set(soldBy.get() == null || soldBy.get().isBlank() ? m.reason(ReasonCode.SOLD_BY_REQUIRED) : null);
        if (lines.isEmpty()) {
            error.set(m.reason(ReasonCode.SALE_NO_LINES));
        }
        List<String> photos = receipt.hashes();
        if (photos.size() > 1) {
            error.set(m.get("sale.onePhoto"));
        }
        if (buyerError.get() != null || soldByError.get() != null || error.get() != null) {
            return;
        }
        String photo = photos.isEmpty() ? null : photos.get(0);
        var buyerId = buyer.get().id();
        List<SaleLine> priced = lines.stream().map(Line::priced).toList();
        String who = soldBy.get();
        long sum = total.get();
        FormSave.run(ui, busy, error, Map.of("buyerId", buyerError, "soldBy", soldByError),
                () -> sales.record(buyerId, priced, who, photo), id -> m.get("sale.saved", m.format().baht(sum)));
    }

    /** The photo of the buyer's slip (one at most), kept and uploaded as products' photos are. */
    public PhotoListViewModel receipt() {
        return receipt;
    }

    /** Which materials the lines sell beyond the stock this phone knows, or null. */
    public StringProperty stockWarning() {
        return stockWarning;
    }

    public ObservableList<SaleService.Buyer> buyers() {
        return buyers;
    }

    public ObjectProperty<SaleService.Buyer> buyer() {
        return buyer;
    }

    public StringProperty newBuyerName() {
        return newBuyerName;
    }

    public ObjectProperty<BuyerKind> newBuyerKind() {
        return newBuyerKind;
    }

    public StringProperty newBuyerPhone() {
        return newBuyerPhone;
    }

    public StringProperty newBuyerError() {
        return newBuyerError;
    }

    /** The bank's materials (standard and its own), priced for buying or not. */
    public ObservableList<PriceRow> materials() {
        return materials;
    }

    public ObjectProperty<PriceRow> material() {
        return material;
    }

    /** In kilograms, as typed. */
    public StringProperty weightText() {
        return weightText;
    }

    /** The buyer's price in baht per kilogram, as typed. */
    public StringProperty priceText() {
        return priceText;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The sale's total in satang. */
    public ReadOnlyLongProperty total() {
        return total;
    }

    public ReadOnlyLongProperty totalGrams() {
        return totalGrams;
    }

    public StringProperty soldBy() {
        return soldBy;
    }

    public StringProperty buyerError() {
        return buyerError;
    }

    public StringProperty materialError() {
        return materialError;
    }

    public StringProperty weightError() {
        return weightError;
    }

    public StringProperty priceError() {
        return priceError;
    }

    public StringProperty soldByError() {
        return soldByError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
