package th.wastebank.client.committee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import th.wastebank.client.store.ClientStore;

/**
 * The roster members' PINs on this phone (ADR 0013). Setting one needs 4 to 6 digits; changing one
 * needs the current PIN. Five wrong tries in a row lock the PIN for a pause that doubles with each
 * further wrong try ({@link #pauseAfter}); the count and the end of the pause are stored, so
 * restarting the app changes nothing. A right PIN clears the count.
 */
public final class Pins {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 6;
    /** Wrong tries allowed before the first pause. */
    public static final int FREE_TRIES = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final ClientStore store;
    private final Clock clock;

    public Pins(ClientStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The message key of what is wrong with a new PIN as typed, or null: digits only, 4 to 6 of them. */
    public static String formatProblem(String pin) {
        String p = pin == null ? "" : pin.strip();
        if (!p.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return "pin.notDigits";
        }
        if (p.length() < MIN_DIGITS) {
            return "pin.tooShort";
        }
        return p.length() > MAX_DIGITS ? "pin.tooLong" : null;
    }

    /** How long a PIN stays locked after {@code failures} wrong tries in a row (none before the fifth). */
    static Duration pauseAfter(int failures) {
        if (failures < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_TRIES, 20);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public boolean hasPin(UUID memberId) {
        return store.read(c -> row(c, memberId) != null);
    }

    /**
     * Sets the PIN of a roster member who has none on this phone, or changes it: then
     * {@code currentPin} must be right (a wrong one counts as a wrong try).
     */
    public void set(UUID memberId, String currentPin, String newPin) {
        String problem = formatProblem(newPin);
        if (problem != null) {
            throw ApprovalRefused.pin(problem, MIN_DIGITS, MAX_DIGITS);
        }
        if (hasPin(memberId)) {
            verify(memberId, currentPin);
        }
        keep(memberId, newPin);
    }

    /**
     * Sets a new PIN for a roster member who forgot theirs, on the word of two other committee
     * members whose PINs were just checked ({@code approved}); it also ends a lockout. The member
     * cannot be one of the two.
     */
    public void reset(UUID memberId, String newPin, Approved approved) {
        String problem = formatProblem(newPin);
        if (problem != null) {
            throw ApprovalRefused.pin(problem, MIN_DIGITS, MAX_DIGITS);
        }
        if (approved.ids().size() != 2 || approved.ids().contains(memberId)) {
            throw ApprovalRefused.pin("pin.reset.self");
        }
        keep(memberId, newPin);
    }

    private void keep(UUID memberId, String newPin) {
        byte[] salt = PinHasher.newSalt();
        byte[] hash = PinHasher.hash(newPin.strip(), salt, PinHasher.ITERATIONS);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO committee_pin (member_id, salt, hash, iterations,"
                    + " failures, locked_until, set_at) VALUES (?,?,?,?,0,0,?) ON CONFLICT(member_id) DO UPDATE SET"
                    + " salt = excluded.salt, hash = excluded.hash, iterations = excluded.iterations, failures = 0,"
                    + " locked_until = 0, set_at = excluded.set_at")) {
                ps.setString(1, memberId.toString());
                ps.setString(2, Base64.getEncoder().encodeToString(salt));
                ps.setString(3, Base64.getEncoder().encodeToString(hash));
                ps.setInt(4, PinHasher.ITERATIONS);
                ps.setLong(5, clock.millis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Checks a roster member's PIN; throws {@link ApprovalRefused} when it is not set here, locked, or
     * wrong (the wrong try is counted and stored before the refusal).
     */
    public void verify(UUID memberId, String pin) {
        Row row = store.read(c -> row(c, memberId));
        if (row == null) {
            throw ApprovalRefused.pin("pin.notSet");
        }
        long now = clock.millis();
        if (row.lockedUntil() > now) {
            throw locked(row.lockedUntil() - now);
        }
        boolean right = pin != null && PinHasher.matches(pin.strip(), row.salt(), row.iterations(), row.hash());
        int failures = right ? 0 : row.failures() + 1;
        long lockedUntil = right ? 0 : now + pauseAfter(failures).toMillis();
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE committee_pin SET failures = ?, locked_until = ?"
                    + " WHERE member_id = ?")) {
                ps.setInt(1, failures);
                ps.setLong(2, lockedUntil);
                ps.setString(3, memberId.toString());
                ps.executeUpdate();
            }
            return null;
        });
        if (right) {
            return;
        }
        if (failures >= FREE_TRIES) {
            throw locked(lockedUntil - now);
        }
        throw ApprovalRefused.pin("pin.wrong", FREE_TRIES - failures);
    }

    private static ApprovalRefused locked(long millis) {
        long seconds = Math.max(1, (millis + 999) / 1000);
        return seconds < 120 ? ApprovalRefused.pin("pin.lockedSeconds", seconds)
                : ApprovalRefused.pin("pin.lockedMinutes", (seconds + 59) / 60);
    }

    private record Row(byte[] salt, byte[] hash, int iterations, int failures, long lockedUntil) {
    }

    private static Row row(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT salt, hash, iterations, failures, locked_until"
                + " FROM committee_pin WHERE member_id = ?")) {
            ps.setString(1, memberId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Row(Base64.getDecoder().decode(rs.getString(1)), Base64.getDecoder().decode(rs.getString(2)),
                        rs.getInt(3), rs.getInt(4), rs.getLong(5));
            }
        }
    }
}
