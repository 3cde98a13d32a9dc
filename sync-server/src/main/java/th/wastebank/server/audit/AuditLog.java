package th.wastebank.server.audit;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * The record of staff actions: sign-ins (and refused ones), pairing codes, revocations, reviews,
 * reports. A row about a change is written in the change's own transaction ({@link #entry}).
 */
@Singleton
public class AuditLog {
    private final DataSource dataSource;
    private final Reads reads;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.clock = clock;
    }

    /** One line of the log. */
    public record Entry(Instant at, String username, String action, @Nullable String target, @Nullable String detail,
                        @Nullable String ip) {
    }

    /** Records something done that changed nothing else (a sign-in, an export) on a connection of its own. */
    public void record(@Nullable Long staffId, String username, String action, @Nullable String target,
                       @Nullable String detail, @Nullable String ip) {
        Tx.readCommitted(dataSource, c -> {
            entry(staffId, username, action, target, detail, ip).run(c);
            return null;
        });
    }

    /**
     * The row recording a change, for the change's own transaction to write ({@link Tx.Step}): an
     * audit row exists exactly when the change it records does.
     */
    public Tx.Step entry(@Nullable Long staffId, String username, String action, @Nullable String target,
                         @Nullable String detail, @Nullable String ip) {
        return c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (staff_id, username, action, target,"
                    + " detail, ip, at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setObject(1, staffId);
                ps.setString(2, cut(username, 100));
                ps.setString(3, action);
                ps.setString(4, cut(target, 200));
                ps.setString(5, cut(detail, 1000));
                ps.setString(6, ip);
                ps.setObject(7, Jdbc.utc(clock.instant()));
                ps.executeUpdate();
            }
        };
    }

    private static String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public List<Entry> latest(int limit) {
        return reads.list("SELECT at, username, action, target, detail, ip FROM audit_log"
                + " ORDER BY id DESC LIMIT ?",
                rs -> new Entry(Jdbc.instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)), limit);
    }
}
