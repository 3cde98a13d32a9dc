package th.wastebank.client.sale;

import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;

/**
 * Voiding a sale or a stock adjustment recorded by mistake (ยกเลิกรายการ, ADR 0020), as a reversal
 * corrects an entry: the record is shown, a reason is required, and saving adds a void that names
 * it. The record is never edited or deleted; the stock board and the month's margin leave it out at
 * once. A record voided already cannot be voided again.
 */
public final class SaleVoidViewModel {
    private final SaleService sales;
    private final UUID recordId;
    private final ScreenContext ui;
    private final Messages m;

    private final ObjectProperty<SaleService.StockRecord> record = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reasonError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SaleVoidViewModel(SaleService sales, UUID recordId, ScreenContext ui) {
        this.sales = sales;
        this.recordId = recordId;
        this.ui = ui;
        this.m = ui.messages();
    }

    public void load() {
        ui.async().run(() -> sales.record(recordId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SALE, "saleId")),
                r -> {
                    record.set(r);
                    error.set(r.voided() ? m.reason(ReasonCode.SALE_ALREADY_VOIDED) : null);
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        String why = reason.get() == null ? "" : reason.get().strip();
        reasonError.set(why.isEmpty() ? m.reason(ReasonCode.SALE_VOID_REASON_REQUIRED) : null);
        if (reasonError.get() != null) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> sales.voidRecord(recordId, why), id -> {
            busy.set(false);
            ui.notifier().show(m.get("saleVoid.saved"));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    /** The sale or adjustment to void (null until loaded). */
    public ObjectProperty<SaleService.StockRecord> record() {
        return record;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty reasonError() {
        return reasonError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
