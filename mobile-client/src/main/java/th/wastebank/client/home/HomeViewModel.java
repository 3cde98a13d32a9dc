package th.wastebank.client.home;

import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Dates;

/**
 * The home screen: which อปท. this phone works for, what was taken in and paid out today, where
 * the sync stands (with "send now") and how far the photos have gone, a warning while the server
 * has refused something, and the way to every other screen.
 */
public final class HomeViewModel {
    private final Settings settings;
    private final Ledger ledger;
    private final Clock clock;
    private final SyncBadgeViewModel sync;
    private final PhotoUploadViewModel photos;
    private final ScreenContext ui;

    private final StringProperty orgName = new SimpleStringProperty("");
    private final StringProperty orgArea = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final IntegerProperty deposits = new SimpleIntegerProperty();
    private final LongProperty depositGrams = new SimpleLongProperty();
    private final LongProperty depositSatang = new SimpleLongProperty();
    private final IntegerProperty withdrawals = new SimpleIntegerProperty();
    private final LongProperty withdrawalSatang = new SimpleLongProperty();
    private final BooleanBinding hasProblems;
    private final ChangeListener<Number> reloadAfterSync = (o, was, now) -> refresh();

    public HomeViewModel(Settings settings, Ledger ledger, Clock clock, SyncBadgeViewModel sync,
                         PhotoUploadViewModel photos, ScreenContext ui) {
        this.photos = photos;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
        this.sync = sync;
        this.ui = ui;
        this.hasProblems = Bindings.greaterThan(sync.rejected(), 0);
        sync.changes().addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    /** Re-reads the org and today's totals. */
    public void refresh() {
        LocalDate day = LocalDate.now(clock.withZone(Dates.THAI));
        ui.async().run(() -> new Snapshot(settings.get(Settings.ORG_NAME, ""), settings.get(Settings.ORG_DISTRICT, ""),
                settings.get(Settings.ORG_PROVINCE, ""), ledger.totalsOn(day)), s -> {
            orgName.set(s.orgName());
            orgArea.set(area(s.district(), s.province()));
            today.set(day);
            deposits.set(s.totals().deposits());
            depositGrams.set(s.totals().depositGrams());
            depositSatang.set(s.totals().depositSatang());
            withdrawals.set(s.totals().withdrawals());
            withdrawalSatang.set(s.totals().withdrawalSatang());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    private record Snapshot(String orgName, String district, String province, Ledger.DayTotals totals) {
    }

    private String area(String district, String province) {
        String d = district.isBlank() ? "" : ui.messages().get("home.district", district);
        String p = province.isBlank() ? "" : ui.messages().get("home.province", province);
        return (d + " " + p).strip();
    }

    /**
     * Sends and pulls now; says it started, then how it ended: what was sent and received, or why
     * it failed and when the phone tries again (never silence).
     */
    public void sendNow() {
        ui.notifier().show(ui.messages().get("home.sending"));
        sync.sendNow(done -> ui.notifier().show(done.phase() == SyncStatus.Phase.NOT_PAIRED
                        ? ui.messages().get("sync.not-paired")
                        : ui.messages().get("sync.sent", ui.messages().format().number(done.sent()),
                        ui.messages().format().number(done.pulled()))),
                failed -> ui.notifier().show(ui.messages().get("sync.failed", sync.describe(ui.messages()))));
    }

    /** The pairing screen, when the server no longer accepts this phone's token. */
    public void pairAgain() {
        ui.routes().pair();
    }

    public void openDeposit() {
        ui.routes().deposit(null);
    }

    public void openMembers() {
        ui.routes().members();
    }

    public void openPrices() {
        ui.routes().prices();
    }

    public void openProblems() {
        ui.routes().problems();
    }

    public void openSettings() {
        ui.routes().settings();
    }

    public void openProducts() {
        ui.routes().products();
    }

    public void openSteps() {
        ui.routes().steps();
    }

    public void openWelfare() {
        ui.routes().welfare();
    }

    public void openSales() {
        ui.routes().sales();
    }

    public void openStatement() {
        ui.routes().statement();
    }

    /** Puts the photos the server refused back in the queue. */
    public void retryPhotos() {
        photos.retryFailed(n -> ui.notifier().show(ui.messages().get("home.photos.retried")));
    }

    /** The photo uploads: waiting, refused, and the round's progress. */
    public PhotoUploadViewModel photos() {
        return photos;
    }

    public SyncBadgeViewModel sync() {
        return sync;
    }

    public StringProperty orgName() {
        return orgName;
    }

    /** "อ.เทพสถิต จ.ชัยภูมิ". */
    public StringProperty orgArea() {
        return orgArea;
    }

    public ObjectProperty<LocalDate> today() {
        return today;
    }

    public IntegerProperty deposits() {
        return deposits;
    }

    public LongProperty depositGrams() {
        return depositGrams;
    }

    public LongProperty depositSatang() {
        return depositSatang;
    }

    public IntegerProperty withdrawals() {
        return withdrawals;
    }

    public LongProperty withdrawalSatang() {
        return withdrawalSatang;
    }

    /** True while the server has refused records that wait for a person. */
    public BooleanBinding hasProblems() {
        return hasProblems;
    }
}
