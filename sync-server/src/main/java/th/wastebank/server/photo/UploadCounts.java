package th.wastebank.server.photo;

import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;

/** How many photo uploads are under way, for the operator's meters (from the database: every node counts the same). */
@Singleton
public class UploadCounts {
    private final Reads reads;

    public UploadCounts(Database database) {
        this.reads = database.reads();
    }

    /** The uploads begun and neither finished nor expired. */
    public long unfinished() {
        return reads.query("SELECT COUNT(*) FROM upload WHERE expires_at > UTC_TIMESTAMP(3)", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }
}
