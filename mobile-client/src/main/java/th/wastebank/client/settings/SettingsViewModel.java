package th.wastebank.client.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.store.Settings;
import th.wastebank.client.ui.ScreenContext;

/**
 * The phone's settings: which server, device and อปท. it is paired with (read only; pairing again
 * changes them), the language (ไทย / English) and Thai digits, both applied at once and kept in
 * the phone's database.
 */
public final class SettingsViewModel {
    private final Settings settings;
    private final ScreenContext ui;
    private final Messages m;

    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty deviceId = new SimpleStringProperty("");
    private final StringProperty orgName = new SimpleStringProperty("");
    private final StringProperty orgCode = new SimpleStringProperty("");
    private final StringProperty orgArea = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty(Messages.THAI);
    private final BooleanProperty thaiDigits = new SimpleBooleanProperty();
    private boolean loading;

    public SettingsViewModel(Settings settings, ScreenContext ui) {
        this.settings = settings;
        this.ui = ui;
        this.m = ui.messages();
        language.set(m.language());
        thaiDigits.set(m.format().thaiDigits());
        language.addListener((o, was, now) -> {
            if (!loading) {
                chooseLanguage(now);
            }
        });
        thaiDigits.addListener((o, was, now) -> {
            if (!loading) {
                chooseThaiDigits(now);
            }
        });
    }

    private record Loaded(String server, String deviceName, String deviceId, String org, String code, String district,
                          String province) {
    }

    public void load() {
        ui.async().run(() -> new Loaded(settings.get(Settings.SERVER_URL, ""), settings.get(Settings.DEVICE_NAME, ""),
                settings.get(Settings.DEVICE_ID, ""), settings.get(Settings.ORG_NAME, ""),
                settings.get(Settings.ORG_CODE, ""), settings.get(Settings.ORG_DISTRICT, ""),
                settings.get(Settings.ORG_PROVINCE, "")), s -> {
                    serverUrl.set(s.server());
                    deviceName.set(s.deviceName());
                    deviceId.set(s.deviceId());
                    orgName.set(s.org());
                    orgCode.set(s.code());
                    orgArea.set(((s.district().isBlank() ? "" : m.get("home.district", s.district())) + " "
                            + (s.province().isBlank() ? "" : m.get("home.province", s.province()))).strip());
                    loading = true;
                    language.set(m.language());
                    thaiDigits.set(m.format().thaiDigits());
                    loading = false;
                }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    private void chooseLanguage(String lang) {
        String chosen = Messages.normalise(lang);
        m.setLanguage(chosen);
        ui.async().run(() -> {
            settings.put(Settings.LANGUAGE, chosen);
            return null;
        }, done -> ui.notifier().show(m.get("settings.languageSaved")), failure -> ui.notifier().show(ui.explain(failure)));
    }

    private void chooseThaiDigits(boolean on) {
        m.setThaiDigits(on);
        ui.async().run(() -> {
            settings.put(Settings.THAI_DIGITS, Boolean.toString(on));
            return null;
        }, done -> { }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    /** Pairs this phone again (a new code from the officer, e.g. after the server revoked it). */
    public void pairAgain() {
        ui.routes().pair();
    }

    /** The bank's committee roster and its members' PINs. */
    public void committee() {
        ui.routes().committee();
    }

    public StringProperty serverUrl() {
        return serverUrl;
    }

    public StringProperty deviceName() {
        return deviceName;
    }

    public StringProperty deviceId() {
        return deviceId;
    }

    public StringProperty orgName() {
        return orgName;
    }

    public StringProperty orgCode() {
        return orgCode;
    }

    public StringProperty orgArea() {
        return orgArea;
    }

    /** "th" or "en"; setting it switches the app's language and remembers it. */
    public StringProperty language() {
        return language;
    }

    /** Setting it switches numbers to Thai digits (or back) and remembers it. */
    public BooleanProperty thaiDigits() {
        return thaiDigits;
    }
}
