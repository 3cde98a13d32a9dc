package th.wastebank.client.pairing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.Violation;

/**
 * Pairing this phone with its อปท.: the server's address, the officer's pairing code and a name
 * for the phone. A refused code shows the server's own Thai sentence (wrong, expired or already
 * used); an unreachable server or an answer that is not our API gets a sentence of its own.
 */
public final class PairViewModel {
    private final PairingService pairing;
    private final Settings settings;
    private final ScreenContext ui;
    private final Messages m;

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty serverUrlError = new SimpleStringProperty();
    private final StringProperty codeError = new SimpleStringProperty();
    private final StringProperty deviceNameError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public PairViewModel(PairingService pairing, Settings settings, ScreenContext ui) {
        this.pairing = pairing;
        this.settings = settings;
        this.ui = ui;
        this.m = ui.messages();
    }

    /** Fills in the server and the phone's name from an earlier pairing, if any. */
    public void load() {
        ui.async().run(() -> new String[]{settings.get(Settings.SERVER_URL, ""), settings.get(Settings.DEVICE_NAME, "")},
                known -> {
                    if (serverUrl.get().isBlank()) {
                        serverUrl.set(known[0]);
                    }
                    if (deviceName.get().isBlank()) {
                        deviceName.set(known[1]);
                    }
                }, failure -> error.set(ui.explain(failure)));
    }

    public void pair() {
        if (busy.get()) {
            return;
        }
        serverUrlError.set(blank(serverUrl) ? m.get("pair.error.serverMissing") : null);
        codeError.set(blank(code) ? m.get("pair.error.codeMissing") : null);
        deviceNameError.set(blank(deviceName) ? m.get("pair.error.deviceMissing") : null);
        error.set(null);
        if (serverUrlError.get() != null || codeError.get() != null || deviceNameError.get() != null) {
            return;
        }
        busy.set(true);
        String url = serverUrl.get();
        String pairingCode = code.get();
        String name = deviceName.get();
        ui.async().run(() -> pairing.pair(url, pairingCode, name), paired -> {
            busy.set(false);
            ui.notifier().show(m.get("pair.done", paired.org().nameTh()));
            ui.routes().home();
        }, failure -> {
            busy.set(false);
            showFailure(failure);
        });
    }

    private void showFailure(Exception failure) {
        if (failure instanceof ServerException e) {
            error.set(switch (e.kind()) {
                case UNREACHABLE, NO_SIGNAL -> m.get("pair.error.unreachable");
                case BAD_RESPONSE -> m.get("pair.error.notOurServer");
                case UNAUTHORIZED, REFUSED, BUSY -> m.describe(e);
            });
        } else if (failure instanceof Invalid invalid) {
            for (Violation v : invalid.violations()) {
                switch (v.field() == null ? "" : v.field()) {
                    case "serverUrl" -> serverUrlError.set(m.get("pair.error.serverMissing"));
                    case "code" -> codeError.set(m.get("pair.error.codeMissing"));
                    case "deviceName" -> deviceNameError.set(m.get("pair.error.deviceMissing"));
                    default -> error.set(m.describe(invalid));
                }
            }
        } else {
            error.set(ui.explain(failure));
        }
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    public StringProperty serverUrl() {
        return serverUrl;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty deviceName() {
        return deviceName;
    }

    public StringProperty serverUrlError() {
        return serverUrlError;
    }

    public StringProperty codeError() {
        return codeError;
    }

    public StringProperty deviceNameError() {
        return deviceNameError;
    }

    /** The reason the last attempt failed, shown above the button. */
    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
