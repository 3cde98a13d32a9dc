package th.wastebank.client.welfare;


import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.welfare.FundContribution;
import java.util.Map;

/**
 * Money into the welfare fund from outside members' savings: part of the bank's sale margin, a
 * donation or another source, with a note. Nothing is debited from any member.
 */
public final class ContributionViewModel {
    /** The sources a contribution can come from, as in the contract. */
    private final FundService fund;
    private final ScreenContext ui;
    private final Messages m;
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("SALE_MARGIN");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ContributionViewModel(FundService fund, ScreenContext ui) {
        this.fund = fund;
        this.ui = ui;
        this.m = ui.messages();
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        NumberInput.Parsed amount = NumberInput.parse(amountText.get(), 2);
        amountError.set(CashFields.amountProblem(m, amount, "claim.amount"));
        if (amountError.get() != null) {
            return;
        }
        long satang = amount.value();
        String from = source.get();
        String text = note.get();
        FormSave.run(ui, busy, error, Map.of("amount", amountError), () -> {
            fund.contribute(satang, from, text);
            return satang;
        }, done -> m.get("contribution.saved", m.format().baht(done)));
    }

    /** In baht, as typed. */
    public StringProperty amountText() {
        return amountText;
    }

    /** One of {@link FundContribution#SOURCES}. */
    public StringProperty source() {
        return source;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
