package th.wastebank.server.staff;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.auth.Secrets;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;

/**
 * Browser sessions kept in the database (any server node can serve any request): the cookie holds
 * a 256-bit secret, the table only its hash, and each session has its own CSRF token.
 */
@Singleton
public class StaffSessions {
    public static final String COOKIE = "wb_session";
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Reads reads;
    private final Clock clock;
    private final StaffAccounts accounts;

    public StaffSessions(Database database, Clock clock, StaffAccounts accounts) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A new session's cookie value. */
    public String open(StaffAccounts.Staff staff, Tx.Step alsoDo) {
        String secret = random();
        Instant now = clock.instant();
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_session (id_hash, staff_id, csrf_token,"
                    + " created_at, expires_at) VALUES (?,?,?,?,?)")) {
                ps.setBytes(1, Secrets.sha256(secret));
                ps.setLong(2, staff.id());
                ps.setString(3, random());
                ps.setObject(4, Jdbc.utc(now));
                ps.setObject(5, Jdbc.utc(now.plus(LIFETIME)));
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return null;
        });
        return secret;
    }

    private record Session(long staffId, String csrf) {
    }

    /** The signed-in staff member for a cookie value, if the session is alive and the account usable. */
    public Optional<StaffCaller> resolve(String cookie) {
        if (cookie == null || cookie.length() != 43) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return reads.one("SELECT staff_id, csrf_token, expires_at FROM staff_session WHERE id_hash = ?",
                        rs -> Jdbc.instant(rs, 3).isAfter(now) ? new Session(rs.getLong(1), rs.getString(2)) : null,
                        Secrets.sha256(cookie))
                .flatMap(session -> accounts.byId(session.staffId()).filter(s -> !s.disabled())
                        .map(s -> new StaffCaller(s.id(), s.username(), s.displayName(), s.role(), s.scopeCode(),
                                session.csrf())));
    }

    public void close(@Nullable String cookie, Tx.Step alsoDo) {
        Tx.readCommitted(dataSource, c -> {
            if (cookie != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM staff_session WHERE id_hash = ? OR expires_at < ?")) {
                    ps.setBytes(1, Secrets.sha256(cookie));
                    ps.setObject(2, Jdbc.utc(clock.instant()));
                    ps.executeUpdate();
                }
            }
            alsoDo.run(c);
            return null;
        });
    }

    /** Ends every session of one account, on the caller's connection (and in its transaction). */
    static void closeAll(Connection c, long staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE staff_id = ?")) {
            ps.setLong(1, staffId);
            ps.executeUpdate();
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
