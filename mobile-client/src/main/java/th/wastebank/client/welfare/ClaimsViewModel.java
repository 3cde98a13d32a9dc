package th.wastebank.client.welfare;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/** The claims: each with its member, scheme, event, this phone's verdict, what was paid and its sync state. */
public final class ClaimsViewModel {
    private final ClaimService claims;
    private final ScreenContext ui;
    private final ObservableList<Claim> items = FXCollections.observableArrayList();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> refresh();

    /** @param syncChanges ticks when a sync may have brought another phone's claims or payouts */
    public ClaimsViewModel(ClaimService claims, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.claims = claims;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    public void refresh() {
        ui.async().run(claims::list, list -> Lists.replaceIfChanged(items, list),
                failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void add() {
        ui.routes().fileClaim();
    }

    public void open(Claim claim) {
        ui.routes().claim(claim.id());
    }

    /** The latest event first. */
    public ObservableList<Claim> items() {
        return items;
    }
}
