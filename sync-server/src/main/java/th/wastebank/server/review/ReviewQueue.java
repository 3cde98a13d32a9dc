package th.wastebank.server.review;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/** Reads an org's open review flags (negative balances, conflicting member edits). */
@Singleton
public class ReviewQueue {
    /** The longest resolution note kept (the column's size). */
    public static final int MAX_NOTE = 1_000;
    private final DataSource dataSource;
    private final Reads reads;

    public ReviewQueue(Database database) {
        this.dataSource = database.pool();
        this.reads = database.reads();
    }

    @Serdeable
    public record Flag(long id, String kind, @Nullable UUID subjectId, @Nullable Long opSeq, String detail,
                       Instant createdAt) {
    }

    /**
     * Marks a flag of the org reviewed, with who did it and what was done (a note of at most
     * {@value #MAX_NOTE} characters, checked by the caller), and in the same transaction {@code alsoDo}
     * (its audit row); false, and nothing written, if there is no such open flag.
     */
    public boolean resolve(long orgId, long flagId, String by, String note, Tx.Step alsoDo) {
        return Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE review_flag SET resolved_at = UTC_TIMESTAMP(3),"
                    + " resolved_by = ?, resolution_note = ? WHERE id = ? AND org_id = ? AND resolved_at IS NULL")) {
                ps.setString(1, by);
                ps.setString(2, note == null ? "" : note.strip());
                ps.setLong(3, flagId);
                ps.setLong(4, orgId);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            alsoDo.run(c);
            return true;
        });
    }

    public List<Flag> open(long orgId) {
        return reads.list("SELECT id, kind, subject_id, op_seq, detail, created_at"
                + " FROM review_flag WHERE org_id = ? AND resolved_at IS NULL ORDER BY id", rs -> {
            long seq = rs.getLong(4);
            return new Flag(rs.getLong(1), rs.getString(2), Jdbc.uuid(rs.getBytes(3)),
                    rs.wasNull() ? null : seq, rs.getString(5), Jdbc.instant(rs, 6));
        }, orgId);
    }
}
