package th.wastebank.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/** The record of staff actions: sign-ins (and refused ones), pairing codes, revocations, reviews, reports. */
@Singleton
public class AuditLog {
    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.dataSource = database.pool();
        this.clock = clock;
    }

    /** One line of the log. */
    public record Entry(Instant at, String username, String action, @Nullable String target, @Nullable String detail,
                        @Nullable String ip) {
    }

    public void record(@Nullable Long staffId, String username, String action, @Nullable String target,
                       @Nullable String detail, @Nullable String ip) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (staff_id, username, action, target,"
                     + " detail, ip, at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setObject(1, staffId);
            ps.setString(2, username.length() > 100 ? username.substring(0, 100) : username);
            ps.setString(3, action);
            ps.setString(4, target);
            ps.setString(5, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
            ps.setString(6, ip);
            ps.setObject(7, Jdbc.utc(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    public List<Entry> latest(int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT at, username, action, target, detail, ip FROM audit_log"
                     + " ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(Jdbc.instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
