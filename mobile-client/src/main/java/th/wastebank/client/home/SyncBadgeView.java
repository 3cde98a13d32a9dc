package th.wastebank.client.home;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Widgets;

/**
 * The sync badge in the top bar (pending count and last sync time, coloured by the engine's
 * phase) and the status line under the bar that shows the last error while there is one, or that
 * the server was restored and this phone sends again what it had sent; under it, while the phone's
 * clock is off from the server's, how to set it.
 */
public final class SyncBadgeView {
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    private final VBox badge;
    private final Label statusLine;
    private final Label clockLine;

    public SyncBadgeView(SyncBadgeViewModel vm, Messages m) {
        Label pending = Widgets.line(m.text("badge.pending", m.formatted(vm.pending(), (f, n) -> f.number(n.longValue()))),
                "badge-pending");
        pending.setId("badge-pending");
        HBox top = new HBox(Icons.of(Icons.SYNC, "badge-icon"), pending);
        top.setAlignment(Pos.CENTER_RIGHT);
        top.getStyleClass().add("badge-top");

        Label last = new Label();
        last.setId("badge-last-sync");
        last.getStyleClass().add("badge-last");
        last.textProperty().bind(Bindings.createStringBinding(() -> vm.lastSyncAt().get() == null
                        ? m.get("badge.never") : m.format().moment(vm.lastSyncAt().get(), vm.today()),
                vm.lastSyncAt(), m.formatProperty(), m.languageProperty()));

        badge = new VBox(top, last);
        badge.setAlignment(Pos.CENTER_RIGHT);
        badge.getStyleClass().add("sync-badge");
        badge.setOnMouseClicked(e -> vm.sendNow());
        badge.visibleProperty().bind(vm.phase().isNotEqualTo(SyncStatus.Phase.NOT_PAIRED));
        vm.phase().addListener((o, was, phase) -> stylePhase(phase));
        stylePhase(vm.phase().get());

        statusLine = new Label();
        statusLine.setId("sync-status-line");
        statusLine.getStyleClass().add("status-line");
        statusLine.textProperty().bind(Bindings.createStringBinding(() -> vm.lastError().get() != null
                ? m.get("badge.error", vm.describe(m)) : vm.resent().get() > 0 ? vm.notice(m) : "", vm.lastError(),
                vm.trouble(), vm.nextTryAt(), vm.resent(), vm.phase(), m.languageProperty()));
        statusLine.visibleProperty().bind(vm.lastError().isNotNull().or(vm.resent().greaterThan(0)));
        statusLine.managedProperty().bind(statusLine.visibleProperty());
        statusLine.setMaxWidth(Double.MAX_VALUE);
        vm.phase().addListener((o, was, phase) -> statusLine.pseudoClassStateChanged(OFFLINE,
                phase == SyncStatus.Phase.OFFLINE));
        statusLine.pseudoClassStateChanged(OFFLINE, vm.phase().get() == SyncStatus.Phase.OFFLINE);

        clockLine = Widgets.warning("sync-clock-line", Bindings.createStringBinding(() -> vm.clockWarning(m),
                vm.clockAhead(), m.languageProperty(), m.formatProperty()));
        clockLine.getStyleClass().setAll("label", "status-line");
        clockLine.setMaxWidth(Double.MAX_VALUE);
    }

    private void stylePhase(SyncStatus.Phase phase) {
        badge.getStyleClass().removeIf(c -> c.startsWith("phase-"));
        badge.getStyleClass().add("phase-" + phase.name().toLowerCase());
    }

    public Node badge() {
        return badge;
    }

    /** The status line and, under it while the phone's clock is off, the clock's warning. */
    public Node statusLine() {
        return new VBox(statusLine, clockLine);
    }
}
