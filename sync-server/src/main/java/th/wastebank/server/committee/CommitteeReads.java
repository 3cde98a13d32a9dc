package th.wastebank.server.committee;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.committee.CommitteeRole;
import th.wastebank.server.db.Reads;

/** The roster as pages read it: one seat of an org, on a connection the page already holds. */
public final class CommitteeReads {
    private CommitteeReads() {
    }

    /** A roster member: name, role (null if the stored code is unknown) and term ({@code to} null while open). */
    public record Seat(String name, CommitteeRole role, LocalDate from, LocalDate to) {
    }

    /** The org's roster member with this id, or empty (another bank's seat is empty too). */
    public static Optional<Seat> seat(Connection c, long orgId, UUID id) throws SQLException {
        return Reads.one(c, "SELECT name, role, from_day, to_day FROM committee_member WHERE id = ? AND org_id = ?",
                rs -> new Seat(rs.getString(1), CommitteeRole.parse(rs.getString(2)).orElse(null),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), id, orgId);
    }
}
