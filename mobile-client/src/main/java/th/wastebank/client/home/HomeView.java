package th.wastebank.client.home;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/** Home: the org, today's figures in large numerals, the sync card with the photo uploads, and big buttons. */
public final class HomeView implements Screen {
    private final HomeViewModel vm;
    private final Messages m;
    private final Node root;

    public HomeView(HomeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        Label org = Widgets.label(vm.orgName(), "org-name");
        org.setId("home-org");
        Label area = Widgets.label(vm.orgArea(), "muted");

        Label todayCaption = Widgets.label(m.text("home.today", m.formatted(vm.today(), (f, d) -> f.date(d))),
                "section-title");
        GridPane figures = Widgets.equalColumns(2);
        figures.getStyleClass().add("figures");
        figures.add(figure("home-deposits", m.text("home.deposits"),
                m.formatted(vm.deposits(), (f, n) -> f.number(n.longValue())), m.text("home.times")), 0, 0);
        figures.add(figure("home-kg", m.text("home.weight"),
                m.formatted(vm.depositGrams(), (f, g) -> f.kgAmount(g.longValue())), m.text("unit.kg")), 1, 0);
        figures.add(figure("home-baht", m.text("home.credited"),
                m.formatted(vm.depositSatang(), (f, s) -> f.bahtAmount(s.longValue())), m.text("unit.baht")), 0, 1);
        figures.add(figure("home-withdrawals", m.text("home.withdrawals"),
                m.formatted(vm.withdrawals(), (f, n) -> f.number(n.longValue())),
                m.text("home.paidOut", m.formatted(vm.withdrawalSatang(), (f, s) -> f.baht(s.longValue())))), 1, 1);
        VBox todayCard = Widgets.card("today-card", todayCaption, figures);

        Label problemsText = Widgets.label(m.text("home.problems",
                m.formatted(vm.sync().rejected(), (f, n) -> f.number(n.longValue()))), "warning-text");
        HBox.setHgrow(problemsText, Priority.ALWAYS);
        HBox problems = Widgets.tappable(new HBox(Icons.of(Icons.WARNING, "warning-icon"), problemsText),
                vm::openProblems);
        problems.setId("home-problems");
        problems.getStyleClass().add("warning-banner");
        problems.visibleProperty().bind(vm.hasProblems());
        problems.managedProperty().bind(problems.visibleProperty());

        VBox syncCard = syncCard(vm.sync());

        GridPane actions = Widgets.equalColumns(2);
        actions.getStyleClass().add("home-actions");
        actions.add(bigButton("home-deposit", m.text("home.deposit"), "primary", vm::openDeposit), 0, 0);
        actions.add(bigButton("home-members", m.text("home.members"), "tile", vm::openMembers), 1, 0);
        actions.add(bigButton("home-prices", m.text("home.prices"), "tile", vm::openPrices), 0, 1);
        actions.add(bigButton("home-settings", m.text("home.settings"), "tile", vm::openSettings), 1, 1);
        actions.add(bigButton("home-products", m.text("home.products"), "tile", vm::openProducts), 0, 2);
        actions.add(bigButton("home-steps", m.text("home.steps"), "tile", vm::openSteps), 1, 2);
        actions.add(bigButton("home-welfare", m.text("home.welfare"), "tile", vm::openWelfare), 0, 3, 2, 1);
        Button problemList = bigButton("home-problem-list", m.text("home.problemList"), "tile", vm::openProblems);
        actions.add(problemList, 0, 4, 2, 1);
        actions.add(bigButton("home-sales", m.text("home.sales"), "tile", vm::openSales), 0, 5, 2, 1);
        actions.add(bigButton("home-statement", m.text("home.statement"), "tile", vm::openStatement), 0, 6, 2, 1);

        VBox content = new VBox(org, area, problems, todayCard, actions, syncCard);
        content.getStyleClass().addAll("screen", "home");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private VBox figure(String id, ObservableValue<String> caption, ObservableValue<String> value,
                        ObservableValue<String> unit) {
        Label number = Widgets.line(value, "figure-number");
        number.setId(id);
        VBox box = new VBox(Widgets.label(caption, "figure-caption"), number, Widgets.label(unit, "figure-unit"));
        box.getStyleClass().add("figure");
        GridPane.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox syncCard(SyncBadgeViewModel sync) {
        Label pending = Widgets.label(m.text("home.sync.pending",
                m.formatted(sync.pending(), (f, n) -> f.number(n.longValue()))), "sync-line");
        pending.setId("home-pending");
        Label last = new WrappingLabel();
        last.setId("home-last-sync");
        last.getStyleClass().add("sync-line");
        last.textProperty().bind(Bindings.createStringBinding(() -> sync.lastSyncAt().get() == null
                        ? m.get("home.sync.never")
                        : m.get("home.sync.last", m.format().moment(sync.lastSyncAt().get(), sync.today())),
                sync.lastSyncAt(), m.formatProperty(), m.languageProperty()));
        Label error = Widgets.error("home-sync-error", Bindings.createStringBinding(() -> sync.lastError().get() == null
                ? null : sync.describe(m), sync.lastError(), sync.trouble(), sync.nextTryAt(), m.languageProperty()));
        Button sendNow = Widgets.button("home-send-now", m.text("home.sendNow"), "secondary");
        sendNow.setGraphic(Icons.of(Icons.SYNC, "button-icon"));
        sendNow.setOnAction(e -> vm.sendNow());
        Button pairAgain = Widgets.button("home-pair-again", m.text("home.pairAgain"), "primary");
        pairAgain.setOnAction(e -> vm.pairAgain());
        pairAgain.visibleProperty().bind(sync.trouble().isEqualTo(SyncStatus.Trouble.REVOKED));
        pairAgain.managedProperty().bind(pairAgain.visibleProperty());
        HBox title = new HBox(Widgets.label(m.text("home.sync.title"), "section-title"));
        title.setAlignment(Pos.CENTER_LEFT);
        return Widgets.card("sync-card", title, pending, last, error, pairAgain, photoStatus(vm.photos()), sendNow);
    }

    /** The photos: how many wait, the round's progress bar, and those the server refused. */
    private VBox photoStatus(PhotoUploadViewModel photos) {
        Label line = new WrappingLabel();
        line.setId("home-photos");
        line.getStyleClass().add("sync-line");
        line.textProperty().bind(Bindings.createStringBinding(() -> photos.waiting().get() == 0
                        ? m.get("home.photos.done")
                        : m.get("home.photos.waiting", m.format().number(photos.waiting().get())) + " · "
                        + m.get("home.photos.progress", m.format().number(photos.uploadedInRound().get()),
                        m.format().number(photos.uploadedInRound().get() + photos.waiting().get())),
                photos.waiting(), photos.uploadedInRound(), m.formatProperty(), m.languageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("home-photos-progress");
        bar.getStyleClass().add("photo-progress");
        bar.progressProperty().bind(photos.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(photos.waiting().greaterThan(0));
        bar.managedProperty().bind(bar.visibleProperty());
        Label failed = Widgets.label(m.text("home.photos.failed", m.formatted(photos.failed(),
                (f, n) -> f.number(n.longValue()))), "warning-text");
        Button retry = Widgets.button("home-photos-retry", m.text("home.photos.retry"), "small-button");
        retry.setOnAction(e -> vm.retryPhotos());
        VBox refused = new VBox(failed, retry);
        refused.getStyleClass().add("photo-refused");
        refused.visibleProperty().bind(photos.failed().greaterThan(0));
        refused.managedProperty().bind(refused.visibleProperty());
        VBox box = new VBox(line, bar, refused);
        box.getStyleClass().add("photo-status");
        return box;
    }

    private static Button bigButton(String id, ObservableValue<String> text, String style, Runnable action) {
        Button b = Widgets.button(id, text, "big-button", style);
        b.setOnAction(e -> action.run());
        GridPane.setHgrow(b, Priority.ALWAYS);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("app.name");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public HomeViewModel viewModel() {
        return vm;
    }
}
