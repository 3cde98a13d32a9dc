package th.wastebank.client.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.store.Settings;
import th.wastebank.deposit.ReceiptNumber;

/**
 * Numbers the receipts this phone prints (deposits' slips) and the withdrawals it pays, from one counter: its code from pairing and the next running number, taken
 * in the same transaction as the entry, so a number is never given twice, even after a crash.
 */
public final class ReceiptNumbers {
    private ReceiptNumbers() {
    }

    /**
     * The next number, stored for {@code entryId}; empty on a phone not paired yet (or paired
     * before receipt codes existed), whose receipts keep the old number made from the entry's id.
     */
    public static Optional<String> assign(Connection c, UUID entryId) throws SQLException {
        Optional<String> code = Settings.get(c, Settings.RECEIPT_CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        long next = Long.parseLong(Settings.get(c, Settings.RECEIPT_LAST).orElse("0")) + 1;
        String number = ReceiptNumber.format(code.get(), next);
        Settings.put(c, Settings.RECEIPT_LAST, Long.toString(next));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (entry_id, receipt_no) VALUES (?,?)")) {
            ps.setString(1, entryId.toString());
            ps.setString(2, number);
            ps.executeUpdate();
        }
        return Optional.of(number);
    }

    /**
     * Keeps the number another phone gave a deposit or withdrawal pulled from the server, so this
     * phone's passbook shows the same number as the member was given (kept once; a number already
     * known is left; nothing for an entry made without one).
     */
    public static void remember(Connection c, UUID entryId, String number) throws SQLException {
        if (number == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO receipt (entry_id, receipt_no) VALUES (?,?)")) {
            ps.setString(1, entryId.toString());
            ps.setString(2, number);
            ps.executeUpdate();
        }
    }

    /** The number printed for {@code entryId}: its receipt number, else the old one (the id's first 8 hex digits). */
    public static String of(Connection c, UUID entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_no FROM receipt WHERE entry_id = ?")) {
            ps.setString(1, entryId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : ReceiptNumber.legacy(entryId);
            }
        }
    }
}
