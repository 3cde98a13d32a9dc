package th.wastebank.client.sale;

import javafx.scene.control.ListCell;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.price.PriceRow;

/** A material of the bank's board by its name in the app's language. */
final class MaterialCell extends ListCell<PriceRow> {
    private final Messages m;

    MaterialCell(Messages m) {
        this.m = m;
    }

    @Override
    protected void updateItem(PriceRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : row.name(m.thai()));
    }
}
