package th.wastebank.client.pairing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerApi;
import th.wastebank.client.sync.ServerException;
import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.sync.PairResponse;
import th.wastebank.validation.ReasonCode;

/**
 * Pairs this phone with an อปท. on a server: the officer's short code is traded for the device's
 * token, which is kept in the phone's private database and authorises that one org only.
 */
public final class PairingService {
    private final ClientStore store;
    private final Settings settings;
    private final ServerApi api;
    private final List<Runnable> whenPaired = new CopyOnWriteArrayList<>();

    public PairingService(ClientStore store, Settings settings, ServerApi api) {
        this.store = store;
        this.settings = settings;
        this.api = api;
    }

    /**
     * @throws Invalid         when a field is empty
     * @throws ServerException when the server is unreachable or refuses the code (its Thai reason inside)
     */
    public PairResponse pair(String serverUrl, String code, String deviceName) throws ServerException {
        if (serverUrl == null || serverUrl.isBlank()) {
            throw Invalid.of(ReasonCode.MISSING_FIELD, "serverUrl");
        }
        if (code == null || code.isBlank()) {
            throw Invalid.of(ReasonCode.MISSING_FIELD, "code");
        }
        if (deviceName == null || deviceName.isBlank()) {
            throw Invalid.of(ReasonCode.MISSING_FIELD, "deviceName");
        }
        String url = serverUrl.strip().replaceAll("/+$", "");
        PairResponse paired = api.pair(url, code.strip(), deviceName.strip());
        store.write(c -> {
            String orgBefore = Settings.get(c, Settings.ORG_CODE).orElse(null);
            if (orgBefore != null && !orgBefore.equals(paired.org().code())) {
                // another org's server: the ops kept for a restore of the old one must never go to it
                Outbox.forgetSent(c);
                Settings.remove(c, Settings.SERVER_EPOCH);
            }
            Settings.put(c, Settings.SERVER_URL, url);
            Settings.put(c, Settings.DEVICE_ID, paired.deviceId().toString());
            Settings.put(c, Settings.DEVICE_NAME, deviceName.strip());
            Settings.put(c, Settings.TOKEN, paired.token());
            if (paired.receiptCode() != null && ReceiptNumber.isValid(paired.receiptCode() + "-000001")) {
                Settings.put(c, Settings.RECEIPT_CODE, paired.receiptCode());
            }
            Settings.put(c, Settings.ORG_CODE, paired.org().code());
            Settings.put(c, Settings.ORG_NAME, paired.org().nameTh());
            Settings.put(c, Settings.ORG_DISTRICT, nz(paired.org().districtTh()));
            Settings.put(c, Settings.ORG_PROVINCE, nz(paired.org().provinceTh()));
            Settings.put(c, Settings.PULL_CURSOR, "0");
            return null;
        });
        whenPaired.forEach(Runnable::run);
        return paired;
    }

    /** Calls {@code listener} after each pairing is stored (the sync engine starts on the new server). */
    public void whenPaired(Runnable listener) {
        whenPaired.add(listener);
    }

    public boolean isPaired() {
        return settings.isPaired();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
