package th.wastebank.server.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * Wrong passwords counted in the database, before bcrypt runs, by name and client address and by
 * name alone, for names that exist and names that do not alike:
 * <ul>
 * <li>{@link #PER_CLIENT}: five attempts for a name from one client address (an IPv6 one by its
 * /64), each within 15 minutes of the last, lock that name for that address for 15 minutes. A
 * guesser locks only themselves out: the officer signs in from another address.</li>
 * <li>{@link #PER_NAME}: from the eleventh attempt for a name from anywhere, each within 10 minutes
 * of the last, the name waits 1 s, then 2, 4, ... up to 5 minutes before its next attempt. One
 * address alone can never get there (it has five a quarter of an hour); guessing from many
 * addresses is slowed to a few hundred guesses a day.</li>
 * </ul>
 * An attempt is counted before the password is checked, in one UPDATE (never read and written
 * back), so attempts made at once count one by one; one that succeeds is taken back.
 */
@Singleton
public class SignInThrottle {
    /** The rule by name and client address. */
    public static final Rule PER_CLIENT = new Rule(5, Duration.ofMinutes(15), 900, 1, 900);
    /** The rule by name alone (the client column holds {@value #ANY_CLIENT}). */
    public static final Rule PER_NAME = new Rule(10, Duration.ofMinutes(10), 1, 2, 300);
    static final String ANY_CLIENT = "*";
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int PRUNE_EVERY = 1000;

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicLong attempts = new AtomicLong();

    public SignInThrottle(Database database, Clock clock) {
        this.dataSource = database.pool();
        this.clock = clock;
    }

    /**
     * After {@code free} attempts, each no longer than {@code quiet} after the one before, the next
     * attempt may come {@code baseSeconds × growth^(n − free)} seconds (at most {@code capSeconds})
     * after the n-th.
     */
    public record Rule(int free, Duration quiet, long baseSeconds, int growth, long capSeconds) {
    }

    /**
     * The outcome of counting an attempt: {@code waitUntil} when it may not be made (nothing was
     * counted; {@code locked} when the name is locked for this address, else the name is slowed),
     * else {@code lockedIfWrong}: until when this address is locked out of the name if the password
     * turns out wrong.
     */
    public record Attempt(@Nullable Instant waitUntil, boolean locked, @Nullable Instant lockedIfWrong) {
        public boolean refused() {
            return waitUntil != null;
        }
    }

    private static final class Refused extends RuntimeException {
        private final transient Attempt attempt;

        Refused(Attempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    /** Counts an attempt for {@code username} from {@code client}, or says how long it must wait. */
    public Attempt attempt(String username, String client) {
        Instant now = clock.instant();
        if (attempts.incrementAndGet() % PRUNE_EVERY == 0) {
            prune(now);
        }
        try {
            return Tx.readCommitted(dataSource, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO sign_in_throttle (username, client)"
                        + " VALUES (?, ?), (?, ?)")) {
                    ps.setString(1, username);
                    ps.setString(2, client);
                    ps.setString(3, username);
                    ps.setString(4, ANY_CLIENT);
                    ps.executeUpdate();
                }
                boolean counted = count(c, username, client, PER_CLIENT, now) & count(c, username, ANY_CLIENT, PER_NAME, now);
                Instant clientLock = null;
                Instant nameWait = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT client, locked_until FROM sign_in_throttle"
                        + " WHERE username = ? AND client IN (?, ?)")) {
                    ps.setString(1, username);
                    ps.setString(2, client);
                    ps.setString(3, ANY_CLIENT);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Instant until = Jdbc.instant(rs, 2);
                            if (ANY_CLIENT.equals(rs.getString(1))) {
                                nameWait = until;
                            } else {
                                clientLock = until;
                            }
                        }
                    }
                }
                if (counted) {
                    return new Attempt(null, false, clientLock);
                }
                boolean locked = clientLock != null && clientLock.isAfter(now);
                Instant until = latest(locked ? clientLock : null, nameWait != null && nameWait.isAfter(now) ? nameWait
                        : null);
                // rolls back whichever of the two was counted: a refused attempt counts nowhere
                throw new Refused(new Attempt(until == null ? now.plusSeconds(1) : until, locked, null));
            });
        } catch (Refused refused) {
            return refused.attempt;
        }
    }

    /** The password was right: this address starts afresh on the name, and the attempt counts nowhere. */
    public void succeeded(String username, String client) {
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_throttle WHERE username = ?"
                    + " AND client = ?")) {
                ps.setString(1, username);
                ps.setString(2, client);
                ps.executeUpdate();
            }
            return takeBack(c, username, ANY_CLIENT);
        });
    }

    /** The attempt is not to count (the account is disabled): taken back from both counts. */
    public void takeBack(String username, String client) {
        Tx.readCommitted(dataSource, c -> takeBack(c, username, client) + takeBack(c, username, ANY_CLIENT));
    }

    /** Forgets every count and lock of one account's name, on the caller's connection (and transaction). */
    static void clear(Connection c, long staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_throttle WHERE username ="
                + " (SELECT username FROM staff WHERE id = ?)")) {
            ps.setLong(1, staffId);
            ps.executeUpdate();
        }
    }

    /**
     * Counts one attempt on a row unless it is locked; the new count restarts at 1 after a quiet
     * spell. {@code locked_until} comes first and spells the new count out, so that it reads the old
     * values whether the database assigns left to right (MariaDB, MySQL) or all at once.
     */
    private static boolean count(Connection c, String username, String client, Rule rule, Instant now)
            throws SQLException {
        String n = "IF(last_attempt_at IS NULL OR last_attempt_at <= ?, 1, failures + 1)";
        try (PreparedStatement ps = c.prepareStatement("UPDATE sign_in_throttle SET"
                + " locked_until = IF(" + n + " >= ?, DATE_ADD(?, INTERVAL CAST(LEAST(?, ? * POW(?, LEAST(30, " + n
                + " - ?))) AS SIGNED) SECOND), NULL),"
                + " failures = " + n + ", last_attempt_at = ?"
                + " WHERE username = ? AND client = ? AND (locked_until IS NULL OR locked_until <= ?)")) {
            Object quietSince = Jdbc.utc(now.minus(rule.quiet()));
            Object at = Jdbc.utc(now);
            int i = 1;
            ps.setObject(i++, quietSince);
            ps.setInt(i++, rule.free());
            ps.setObject(i++, at);
            ps.setLong(i++, rule.capSeconds());
            ps.setLong(i++, rule.baseSeconds());
            ps.setInt(i++, rule.growth());
            ps.setObject(i++, quietSince);
            ps.setInt(i++, rule.free());
            ps.setObject(i++, quietSince);
            ps.setObject(i++, at);
            ps.setString(i++, username);
            ps.setString(i++, client);
            ps.setObject(i, at);
            return ps.executeUpdate() == 1;
        }
    }

    private static int takeBack(Connection c, String username, String client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sign_in_throttle SET locked_until = NULL,"
                + " failures = GREATEST(failures - 1, 0) WHERE username = ? AND client = ?")) {
            ps.setString(1, username);
            ps.setString(2, client);
            return ps.executeUpdate();
        }
    }

    /** Rows quiet for a day and not locked are forgotten (names that do not exist would pile up). */
    private void prune(Instant now) {
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sign_in_throttle WHERE last_attempt_at < ?"
                    + " AND (locked_until IS NULL OR locked_until < ?) LIMIT 1000")) {
                ps.setObject(1, Jdbc.utc(now.minus(FORGET_AFTER)));
                ps.setObject(2, Jdbc.utc(now));
                return ps.executeUpdate();
            }
        });
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
