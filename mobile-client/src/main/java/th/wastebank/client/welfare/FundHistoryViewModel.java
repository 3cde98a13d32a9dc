package th.wastebank.client.welfare;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/**
 * The welfare fund's history: its balance and every entry newest first, each with what it was (a
 * levy and how many members paid it, a payout and to whom, money paid in and from where, a
 * reversal and why) and its sync state.
 */
public final class FundHistoryViewModel {
    private final FundService fund;
    private final ScreenContext ui;
    private final ObjectProperty<FundSummary> summary = new SimpleObjectProperty<>(new FundSummary(0, 0, 0, 0, 0, 0));
    private final ObservableList<FundRow> rows = FXCollections.observableArrayList();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> refresh();

    public FundHistoryViewModel(FundService fund, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.fund = fund;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    private record Loaded(FundSummary summary, List<FundRow> rows) {
    }

    public void refresh() {
        ui.async().run(() -> new Loaded(fund.summary(), fund.history()), loaded -> {
            summary.set(loaded.summary());
            Lists.replaceIfChanged(rows, loaded.rows());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public ObjectProperty<FundSummary> summary() {
        return summary;
    }

    /** Newest first. */
    public ObservableList<FundRow> rows() {
        return rows;
    }
}
