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
 * The welfare home (สวัสดิการ): the fund's balance in large numerals and how it got there, the
 * bank's schemes with their sync state, and the ways to a new scheme, the claims, a levy run, money
 * into the fund and the fund's history.
 */
public final class WelfareHomeViewModel {
    private final FundService fund;
    private final SchemeService schemes;
    private final ScreenContext ui;
    private final ObjectProperty<FundSummary> summary = new SimpleObjectProperty<>(new FundSummary(0, 0, 0, 0, 0, 0));
    private final ObservableList<Scheme> items = FXCollections.observableArrayList();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> refresh();

    /** @param syncChanges ticks when a sync may have brought another phone's welfare records */
    public WelfareHomeViewModel(FundService fund, SchemeService schemes, ObservableValue<?> syncChanges,
                                ScreenContext ui) {
        this.fund = fund;
        this.schemes = schemes;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    private record Loaded(FundSummary summary, List<Scheme> schemes) {
    }

    public void refresh() {
        ui.async().run(() -> new Loaded(fund.summary(), schemes.list()), loaded -> {
            summary.set(loaded.summary());
            Lists.replaceIfChanged(items, loaded.schemes());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void newScheme() {
        ui.routes().editScheme(null);
    }

    public void open(Scheme scheme) {
        ui.routes().editScheme(scheme.id());
    }

    public void openClaims() {
        ui.routes().claims();
    }

    public void runLevy() {
        ui.routes().levy(null);
    }

    public void contribute() {
        ui.routes().contribute();
    }

    public void openHistory() {
        ui.routes().fundHistory();
    }

    /** The fund's balance and its sums, in satang. */
    public ObjectProperty<FundSummary> summary() {
        return summary;
    }

    public ObservableList<Scheme> schemes() {
        return items;
    }
}
