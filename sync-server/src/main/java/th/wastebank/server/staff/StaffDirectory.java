package th.wastebank.server.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;


import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * Staff accounts as their managers see them: each with the area it lies in, read from the org,
 * district and province tables (never from a form), so whether someone may manage an account is
 * always decided by {@link StaffCaller#canManage} on the server's own facts.
 */
@Singleton
public class StaffDirectory {
    private final Reads reads;
    private final Clock clock;

    public StaffDirectory(Database database, Clock clock) {
        this.reads = database.reads();
        this.clock = clock;
    }

    /**
     * One account with its area: {@code districtCode} is the district it lies in (an อปท. account:
     * its org's; null for province and national accounts), the scope's names are the org's,
     * district's or province's, and {@code lockedUntil} is set only while the lock lasts.
     */
    public record Account(long id, String username, String displayName, StaffRole role, @Nullable String scopeCode,
                          @Nullable String scopeTh, @Nullable String scopeEn, @Nullable String districtCode,
                          boolean disabled, int failedLogins, @Nullable Instant lockedUntil) {

        public boolean managedBy(StaffCaller me) {
            return me.canManage(role, districtCode);
        }
    }

    /** Where an account of a role with a given scope would lie: the scope as stored, its names and district. */
    public record Scope(String code, String nameTh, String nameEn, @Nullable String districtCode) {
    }

    private static final String SELECT = "SELECT s.id, s.username, s.display_name, s.role, s.scope_code,"
            + " COALESCE(o.name_th, d.name_th, p.name_th), COALESCE(o.name_th, d.name_en, p.name_en),"
            + " CASE s.role WHEN 'ORG' THEN o.district_code WHEN 'DISTRICT' THEN d.code END,"
            + " s.disabled, COALESCE((SELECT t.failures FROM sign_in_throttle t WHERE t.username = s.username"
            + " AND t.client = '" + SignInThrottle.ANY_CLIENT + "'), 0),"
            + " (SELECT MAX(t.locked_until) FROM sign_in_throttle t WHERE t.username = s.username) FROM staff s"
            + " LEFT JOIN org o ON s.role = 'ORG' AND o.code = s.scope_code"
            + " LEFT JOIN district d ON s.role = 'DISTRICT' AND d.code = s.scope_code"
            + " LEFT JOIN province p ON s.role = 'PROVINCE' AND p.code = s.scope_code";
    private static final String ORDER = " ORDER BY FIELD(s.role, 'NATIONAL', 'PROVINCE', 'DISTRICT', 'ORG'),"
            + " s.scope_code, s.username";

    /** The accounts {@code me} manages, the widest roles first (the database narrows, the rule decides). */
    public List<Account> managedBy(StaffCaller me) {
        String where = switch (me.role()) {
            case NATIONAL -> "";
            case PROVINCE -> " WHERE (s.role = 'DISTRICT' AND d.code LIKE CONCAT(?, '%'))"
                    + " OR (s.role = 'ORG' AND o.district_code LIKE CONCAT(?, '%'))";
            case DISTRICT -> " WHERE s.role = 'ORG' AND o.district_code = ?";
            case ORG -> null;
        };
        if (where == null) {
            return List.of();
        }
        Object[] codes = me.role() == StaffRole.PROVINCE ? new Object[] {me.scopeCode(), me.scopeCode()}
                : me.role() == StaffRole.DISTRICT ? new Object[] {me.scopeCode()} : new Object[0];
        return reads.list(SELECT + where + ORDER, this::account, codes).stream().filter(a -> a.managedBy(me)).toList();
    }

    public Optional<Account> byId(long id) {
        return reads.one(SELECT + " WHERE s.id = ?", this::account, id);
    }

    /** The org, district or province an account of {@code role} with this scope code would oversee; empty if none. */
    public Optional<Scope> scope(StaffRole role, String code) {
        String sql = switch (role) {
            case ORG -> "SELECT code, name_th, name_th, district_code FROM org WHERE code = ?";
            case DISTRICT -> "SELECT code, name_th, name_en, code FROM district WHERE code = ?";
            case PROVINCE -> "SELECT code, name_th, name_en, NULL FROM province WHERE code = ?";
            case NATIONAL -> null;
        };
        if (sql == null || code == null || code.isBlank()) {
            return Optional.empty();
        }
        return reads.one(sql, rs -> new Scope(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                code.strip());
    }

    private Account account(ResultSet rs) throws SQLException {
        Instant lockedUntil = Jdbc.instant(rs, 11);
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), StaffRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getInt(10),
                lockedUntil != null && lockedUntil.isAfter(clock.instant()) ? lockedUntil : null);
    }

    /** An area to pick in the staff form: its code, its Thai name, and where it lies ("อ.… จ.…"). */
    public record Area(String code, String nameTh, String within) {
    }

    /**
     * Up to {@code limit} areas for a {@code role}'s account whose name or code contains {@code typed}
     * (a district's or province's name also finds what lies in it), among those whose code (an อปท.:
     * its district's) starts with {@code within} (the manager's own area; empty for everyone).
     */
    public List<Area> areas(StaffRole role, String typed, String within, int limit) {
        String sql = switch (role) {
            case ORG -> "SELECT o.code, o.name_th, CONCAT('อ.', d.name_th, ' จ.', p.name_th) FROM org o"
                    + " JOIN district d ON d.code = o.district_code JOIN province p ON p.code = o.province_code"
                    + " WHERE o.district_code LIKE ? AND (o.name_th LIKE ? OR o.code LIKE ? OR d.name_th LIKE ?"
                    + " OR p.name_th LIKE ?) ORDER BY o.name_th, o.code LIMIT ?";
            case DISTRICT -> "SELECT d.code, d.name_th, CONCAT('จ.', p.name_th) FROM district d"
                    + " JOIN province p ON p.code = d.province_code WHERE d.code LIKE ? AND (d.name_th LIKE ?"
                    + " OR d.code LIKE ? OR d.name_en LIKE ? OR p.name_th LIKE ?) ORDER BY d.name_th, d.code LIMIT ?";
            case PROVINCE -> "SELECT code, name_th, '' FROM province WHERE code LIKE ? AND (name_th LIKE ?"
                    + " OR code LIKE ? OR name_en LIKE ? OR name_th LIKE ?) ORDER BY name_th LIMIT ?";
            case NATIONAL -> null;
        };
        if (sql == null) {
            return List.of();
        }
        String like = "%" + (typed == null ? "" : typed.strip()).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return reads.list(sql, rs -> new Area(rs.getString(1), rs.getString(2), rs.getString(3)),
                (within == null ? "" : within) + "%", like, like, like, like, limit);
    }

    /**
     * The code in what the staff form's area field holds: a picked area reads "name (CODE)", a typed
     * one may be the bare code.
     */
    public static String codeOf(String field) {
        if (field == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([A-Za-z0-9]{1,16})\\)\\s*$").matcher(field);
        return m.find() ? m.group(1) : field.strip();
    }
}
