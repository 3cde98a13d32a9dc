package th.wastebank.client.price;

import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Dates;

/**
 * The price board (ราคารับซื้อ): every material with the price effective today, the way to set a
 * price or add the bank's own material, and "pull from the server" for prices set elsewhere.
 */
public final class PriceBoardViewModel {
    private final PriceBoard prices;
    private final Runnable syncNow;
    private final Clock clock;
    private final ScreenContext ui;
    private final ObservableList<PriceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> load();

    /**
     * @param syncNow     wakes the sync engine to send and pull now
     * @param syncChanges ticks when a sync may have brought new prices
     */
    public PriceBoardViewModel(PriceBoard prices, Runnable syncNow, Clock clock, ObservableValue<?> syncChanges,
                               ScreenContext ui) {
        this.prices = prices;
        this.syncNow = syncNow;
        this.clock = clock;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    public void load() {
        LocalDate day = LocalDate.now(clock.withZone(Dates.THAI));
        ui.async().run(() -> prices.on(day), board -> {
            today.set(day);
            Lists.replaceIfChanged(rows, board);
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void edit(PriceRow row) {
        ui.routes().editPrice(row.materialCode());
    }

    public void addOwnMaterial() {
        ui.routes().addOwnMaterial();
    }

    /** Asks the sync engine to pull now; the board reloads when the pull brings something. */
    public void pullFromServer() {
        ui.async().run(() -> {
            syncNow.run();
            return null;
        }, done -> ui.notifier().show(ui.messages().get("prices.pulling")),
                failure -> ui.notifier().show(ui.explain(failure)));
    }

    public ObservableList<PriceRow> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> today() {
        return today;
    }
}
