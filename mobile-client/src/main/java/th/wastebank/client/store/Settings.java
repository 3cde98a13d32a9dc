package th.wastebank.client.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small key-value settings kept in the phone's database (server address, pairing, cursor, language). */
public final class Settings {
    public static final String SERVER_URL = "server.url";
    public static final String DEVICE_ID = "device.id";
    public static final String DEVICE_NAME = "device.name";
    /** The two characters that begin this phone's receipt numbers, from pairing. */
    public static final String RECEIPT_CODE = "receipt.code";
    /** The running number of the last receipt this phone numbered. */
    public static final String RECEIPT_LAST = "receipt.last";
    public static final String TOKEN = "device.token";
    public static final String ORG_CODE = "org.code";
    public static final String ORG_NAME = "org.name";
    public static final String ORG_DISTRICT = "org.district";
    public static final String ORG_PROVINCE = "org.province";
    public static final String PULL_CURSOR = "sync.cursor";
    public static final String LAST_SYNC = "sync.last";
    /** The server's op-log epoch in its last answer; a change means it was restored from a backup (ADR 0009). */
    public static final String SERVER_EPOCH = "sync.serverEpoch";
    /** Days an op the server acknowledged is kept, to be sent again if the server is restored (default 90). */
    public static final String KEEP_SENT_DAYS = "sync.keepSentDays";
    public static final int DEFAULT_KEEP_SENT_DAYS = 90;
    public static final String LANGUAGE = "ui.language";
    public static final String THAI_DIGITS = "ui.thaiDigits";

    private final ClientStore store;

    public Settings(ClientStore store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        return store.read(c -> get(c, key));
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        store.write(c -> {
            put(c, key, value);
            return null;
        });
    }

    public static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public static void remove(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    /** {@link #KEEP_SENT_DAYS}, at least 1; a value that is not a number counts as the default. */
    public int keepSentDays() {
        try {
            return Math.max(1, Integer.parseInt(get(KEEP_SENT_DAYS, Integer.toString(DEFAULT_KEEP_SENT_DAYS)).strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP_SENT_DAYS;
        }
    }

    public boolean isPaired() {
        return get(TOKEN).isPresent();
    }
}
