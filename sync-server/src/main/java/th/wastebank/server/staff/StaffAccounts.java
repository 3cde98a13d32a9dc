package th.wastebank.server.staff;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;

/**
 * Staff accounts: passwords kept as bcrypt hashes (cost 12), checked only after the
 * {@link SignInThrottle} has counted the attempt, so a password cannot be guessed from the internet.
 */
@Singleton
public class StaffAccounts {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_DISPLAY_NAME = 200;
    /** bcrypt reads no further than 72 bytes of UTF-8 (24 Thai letters); a longer password is refused, not cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** What a username may be, once stripped and lower-cased. */
    public static final String USERNAME = "[a-z0-9._-]{3,60}";
    private static final int COST = 12;
    /** Compared against when the user does not exist, so both answers take as long. */
    private static final byte[] DUMMY_HASH = BCrypt.withDefaults().hash(COST, "not-a-password".toCharArray());

    /** Compared instead of a password longer than bcrypt reads, so that answer takes as long as a wrong one. */
    private static final char[] TOO_LONG = "not-the-password".toCharArray();

    private final DataSource dataSource;
    private final Reads reads;
    private final Clock clock;
    private final SignInThrottle throttle;

    public StaffAccounts(Database database, Clock clock, SignInThrottle throttle) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.clock = clock;
        this.throttle = throttle;
    }

    /** A staff account without its hash. */
    @Serdeable
    public record Staff(long id, String username, String displayName, StaffRole role, @Nullable String scopeCode,
                        boolean disabled) {
    }

    /** How a sign-in ended. */
    public enum Outcome {
        /** Signed in. */
        OK,
        /** A wrong password (or an unknown name, or a disabled account: they look the same). */
        WRONG,
        /** A wrong password, and now the name is locked for this address until {@code until}. */
        WRONG_NOW_LOCKED,
        /** Not checked: the name is locked for this address until {@code until}. */
        LOCKED,
        /** Not checked: the name, or this address, must wait until {@code until}. */
        SLOWED,
        /** Not checked: too many sign-ins are being checked; try again in a moment. */
        BUSY
    }

    /** The outcome of a sign-in: the account when {@link Outcome#OK}, else why not (and until when). */
    public record SignIn(Outcome outcome, Optional<Staff> staff, @Nullable Instant until) {
        public static SignIn refused(Outcome outcome, @Nullable Instant until) {
            return new SignIn(outcome, Optional.empty(), until);
        }
    }

    /** A new account; {@code alsoDo} (its audit row) is written in the same transaction. */
    public Staff create(String username, String displayName, String password, StaffRole role, String scopeCode,
                        Tx.Step alsoDo) {
        String user = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!user.matches(USERNAME)) {
            throw ApiProblem.badRequest("username-invalid", "username: 3-60 of a-z 0-9 . _ -",
                    "ชื่อผู้ใช้ต้องเป็นตัวอักษรภาษาอังกฤษ ตัวเลข . _ - ยาว 3-60 ตัว");
        }
        if (displayName != null && displayName.strip().length() > MAX_DISPLAY_NAME) {
            throw ApiProblem.badRequest("display-name-too-long", "displayName: at most " + MAX_DISPLAY_NAME
                    + " characters", "ชื่อที่แสดงยาวได้ไม่เกิน " + MAX_DISPLAY_NAME + " ตัวอักษร");
        }
        requireLongEnough(password);
        String scope = role == StaffRole.NATIONAL ? null : requireScope(role, scopeCode);
        String hash = hash(password);
        String name = displayName == null || displayName.isBlank() ? user : displayName.strip();
        try {
            return Tx.readCommitted(dataSource, c -> {
                Staff staff;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff (username, display_name,"
                        + " password_hash, role, scope_code, created_at) VALUES (?,?,?,?,?,?)",
                        java.sql.Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, user);
                    ps.setString(2, name);
                    ps.setString(3, hash);
                    ps.setString(4, role.name());
                    ps.setString(5, scope);
                    ps.setObject(6, Jdbc.utc(clock.instant()));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        staff = new Staff(keys.getLong(1), user, name, role, scope, false);
                    }
                }
                alsoDo.run(c);
                return staff;
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException cause && Jdbc.isDuplicateKey(cause)) {
                throw new ApiProblem(HttpStatus.CONFLICT, "username-taken", "Conflict", "That username is taken",
                        "ชื่อผู้ใช้นี้มีอยู่แล้ว");
            }
            throw e;
        }
    }

    /**
     * Checks a password, once the attempt is counted for the name from {@code client} (the
     * address a limiter counts by). Names that exist and names that do not take the same steps
     * and as long. No database connection is held while bcrypt runs.
     */
    public SignIn signIn(String username, String password, String client) {
        String user = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        String name = user.length() > 100 ? user.substring(0, 100) : user;
        SignInThrottle.Attempt attempt = throttle.attempt(name, client);
        if (attempt.refused()) {
            return SignIn.refused(attempt.locked() ? Outcome.LOCKED : Outcome.SLOWED, attempt.waitUntil());
        }
        Row row = reads.one(SELECT + " WHERE username = ?", StaffAccounts::row, user).orElse(null);
        // longer than bcrypt reads: no stored password can be it, and bcrypt would refuse to compare
        char[] given = password == null || !fitsBcrypt(password) ? TOO_LONG : password.toCharArray();
        byte[] hash = row == null ? DUMMY_HASH : row.hash.getBytes(StandardCharsets.UTF_8);
        boolean verified = BCrypt.verifyer().verify(given, hash).verified && row != null;
        if (row != null && row.staff.disabled()) {
            // refused as slowly as a wrong password, and without counting towards a lock: whoever
            // enables the account again finds it as it was
            throttle.takeBack(name, client);
            return SignIn.refused(Outcome.WRONG, null);
        }
        if (verified) {
            throttle.succeeded(name, client);
            return new SignIn(Outcome.OK, Optional.of(row.staff), null);
        }
        return attempt.lockedIfWrong() == null ? SignIn.refused(Outcome.WRONG, null)
                : SignIn.refused(Outcome.WRONG_NOW_LOCKED, attempt.lockedIfWrong());
    }

    /**
     * Disables or enables an account. Disabling ends its open sessions at once (a disabled account's
     * sessions are refused anyway, but must not come back if it is enabled again). False when there
     * is no such account.
     */
    public boolean setDisabled(long id, boolean disabled, Tx.Step alsoDo) {
        return change(id, disabled, "UPDATE staff SET disabled = ? WHERE id = ?", c -> {
            if (disabled) {
                StaffSessions.closeAll(c, id);
            }
            alsoDo.run(c);
        });
    }

    /** Clears the counts of wrong passwords and any lock of the account's name. False when there is no such account. */
    public boolean unlock(long id, Tx.Step alsoDo) {
        if (byId(id).isEmpty()) {
            return false;
        }
        Tx.readCommitted(dataSource, c -> {
            SignInThrottle.clear(c, id);
            alsoDo.run(c);
            return null;
        });
        return true;
    }

    /**
     * A new password chosen by the account's manager: the account's open sessions end, and the count
     * of wrong passwords and any lock are cleared. False when there is no such account.
     */
    public boolean resetPassword(long id, String password, Tx.Step alsoDo) {
        requireLongEnough(password);
        return change(id, hash(password), "UPDATE staff SET password_hash = ? WHERE id = ?", c -> {
            StaffSessions.closeAll(c, id);
            SignInThrottle.clear(c, id);
            alsoDo.run(c);
        });
    }

    private interface Then {
        void run(Connection c) throws SQLException;
    }

    /** One update of the account (with {@code value} as the first parameter when given) and what goes with it. */
    private boolean change(long id, Object value, String sql, Then then) {
        return Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (value != null) {
                    ps.setObject(i++, value);
                }
                ps.setLong(i, id);
                if (ps.executeUpdate() == 0) {
                    return false; // nothing changed: committing the empty transaction writes nothing either
                }
            }
            then.run(c);
            return true;
        });
    }

    private static void requireLongEnough(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ApiProblem.badRequest("password-too-short", "A password needs at least " + MIN_PASSWORD + " characters",
                    "รหัสผ่านต้องยาวอย่างน้อย " + MIN_PASSWORD + " ตัวอักษร");
        }
        if (!fitsBcrypt(password)) {
            throw ApiProblem.badRequest("password-too-long", "A password has at most " + MAX_PASSWORD_BYTES
                    + " bytes of UTF-8", "รหัสผ่านยาวเกินไป (ไม่เกิน 72 ตัวอักษรภาษาอังกฤษ หรือ 24 ตัวอักษรไทย)");
        }
    }

    /** Whether bcrypt reads the whole password. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    private static String hash(String password) {
        return new String(BCrypt.withDefaults().hash(COST, password.toCharArray()), StandardCharsets.UTF_8);
    }

    public Optional<Staff> byId(long id) {
        return reads.one(SELECT + " WHERE id = ?", rs -> row(rs).staff, id);
    }

    public List<Staff> all() {
        return reads.list(SELECT + " ORDER BY role, scope_code, username", rs -> row(rs).staff);
    }

    private String requireScope(StaffRole role, String scopeCode) {
        String scope = scopeCode == null ? "" : scopeCode.strip();
        String sql = switch (role) {
            case ORG -> "SELECT COUNT(*) FROM org WHERE code = ?";
            case DISTRICT -> "SELECT COUNT(*) FROM district WHERE code = ?";
            case PROVINCE -> "SELECT COUNT(*) FROM province WHERE code = ?";
            case NATIONAL -> throw new IllegalArgumentException("national staff have no scope");
        };
        if (reads.query(sql, Reads::count, scope) == 0) {
            throw ApiProblem.badRequest("scope-invalid", "No " + role.name().toLowerCase() + " with code '" + scope
                    + "'", "ไม่พบพื้นที่รหัสนี้");
        }
        return scope;
    }

    private record Row(Staff staff, String hash) {
    }

    private static final String SELECT = "SELECT id, username, display_name, role, scope_code, disabled, password_hash"
            + " FROM staff";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new Staff(rs.getLong(1), rs.getString(2), rs.getString(3), StaffRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBoolean(6)), rs.getString(7));
    }
}
