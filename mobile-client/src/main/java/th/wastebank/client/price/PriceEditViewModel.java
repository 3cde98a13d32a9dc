package th.wastebank.client.price;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.money.Money;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Setting a material's buying price from a day (today unless another is chosen), or adding the
 * bank's own material with its Thai name. A bank's own material gets a code made up here (it must
 * be unique and in capitals); it can be changed before the first save.
 */
public final class PriceEditViewModel {
    private final PriceBoard prices;
    private final Clock clock;
    private final ScreenContext ui;
    private final Messages m;
    private final boolean newMaterial;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty nameTh = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty priceText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> effectiveFrom = new SimpleObjectProperty<>();
    private final BooleanProperty ownMaterial = new SimpleBooleanProperty();
    private final StringProperty currentPrice = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty priceError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param materialCode the material to price, or null to add the bank's own */
    public PriceEditViewModel(PriceBoard prices, Clock clock, String materialCode, ScreenContext ui) {
        this.prices = prices;
        this.clock = clock;
        this.ui = ui;
        this.m = ui.messages();
        this.newMaterial = materialCode == null;
        this.code.set(newMaterial ? "OWN_" + Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT) : materialCode);
        this.ownMaterial.set(!MaterialCatalogue.isStandard(code.get()));
        this.effectiveFrom.set(today());
    }

    public boolean newMaterial() {
        return newMaterial;
    }

    public void load() {
        if (newMaterial) {
            return;
        }
        String materialCode = code.get();
        ui.async().run(() -> prices.on(today()).stream().filter(r -> r.materialCode().equals(materialCode)).findFirst()
                .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MATERIAL, "materialCode")), row -> {
                    nameTh.set(row.nameTh());
                    displayName.set(row.name(m.thai()));
                    if (row.priced()) {
                        currentPrice.set(m.format().pricePerKg(row.pricePerKg()));
                        if (priceText.get().isBlank()) {
                            priceText.set(Money.formatBaht(row.pricePerKg()).replace(",", ""));
                        }
                    }
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        String materialCode = code.get() == null ? "" : code.get().strip().toUpperCase(Locale.ROOT);
        String name = nameTh.get() == null ? "" : nameTh.get().strip();
        codeError.set(ownMaterial.get() && !MaterialCatalogue.isValidCustomCode(materialCode)
                ? m.get("price.code.invalid") : null);
        nameError.set(ownMaterial.get() && name.isEmpty() ? m.reason(ReasonCode.MATERIAL_NAME_REQUIRED)
                : ownMaterial.get() && name.length() > Limits.MAX_SHORT_TEXT
                ? m.reason(ReasonCode.TEXT_TOO_LONG, m.get("price.name")) : null);
        NumberInput.Parsed price = NumberInput.parse(priceText.get(), 2);
        priceError.set(!price.ok() && price.problem() == NumberInput.Problem.EMPTY ? m.get("price.value.missing")
                : !price.ok() && price.problem() == NumberInput.Problem.NOT_A_NUMBER ? m.get("price.value.notNumber")
                : !price.ok() || price.value() <= 0 || price.value() > Limits.MAX_PRICE_PER_KG
                ? m.reason(ReasonCode.PRICE_INVALID) : null);
        if (codeError.get() != null || nameError.get() != null || priceError.get() != null) {
            return;
        }
        LocalDate from = effectiveFrom.get() == null ? today() : effectiveFrom.get();
        busy.set(true);
        ui.async().run(() -> {
            if (newMaterial && prices.on(LocalDate.of(9999, 12, 31)).stream()
                    .anyMatch(r -> r.materialCode().equals(materialCode))) {
                throw new CodeTaken();
            }
            prices.set(materialCode, price.value(), from, ownMaterial.get() ? name : null);
            return null;
        }, done -> {
            busy.set(false);
            ui.notifier().show(m.get("price.saved", ownMaterial.get() ? name : MaterialCatalogue.find(materialCode)
                    .map(x -> x.name(m.thai())).orElse(materialCode), m.format().pricePerKg(price.value()),
                    m.format().date(from)));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (failure instanceof CodeTaken) {
                codeError.set(m.get("price.code.taken"));
            } else if (failure instanceof Invalid invalid) {
                showViolations(invalid.violations());
            } else {
                error.set(ui.explain(failure));
            }
        });
    }

    private void showViolations(List<Violation> violations) {
        for (Violation v : violations) {
            switch (v.code()) {
                case PRICE_INVALID -> priceError.set(m.reason(v.code()));
                case MATERIAL_NAME_REQUIRED -> nameError.set(m.reason(v.code()));
                case UNKNOWN_MATERIAL -> codeError.set(m.get("price.code.invalid"));
                case DATE_OUT_OF_RANGE -> error.set(m.reason(v.code(), m.get("price.from")));
                default -> error.set(m.reason(v.code(), v.field()));
            }
        }
    }

    /** A new material's code is already on the board. */
    private static final class CodeTaken extends Exception {
        CodeTaken() {
            super("material code already on the board", null, false, false);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty nameTh() {
        return nameTh;
    }

    /** The material's name in the current language, for the heading. */
    public StringProperty displayName() {
        return displayName;
    }

    /** The price as typed, in baht per kilogram. */
    public StringProperty priceText() {
        return priceText;
    }

    public ObjectProperty<LocalDate> effectiveFrom() {
        return effectiveFrom;
    }

    /** True for a bank's own material (its Thai name is edited here); false for a standard one. */
    public BooleanProperty ownMaterial() {
        return ownMaterial;
    }

    /** Today's price as shown before the change, empty when there is none. */
    public StringProperty currentPrice() {
        return currentPrice;
    }

    public StringProperty codeError() {
        return codeError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty priceError() {
        return priceError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
