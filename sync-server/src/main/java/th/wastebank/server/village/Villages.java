package th.wastebank.server.village;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.village.VillageUpsert;

/** Every read of the {@code village} table off the push path: one org's list of villages. */
@Singleton
public class Villages {
    private final Reads reads;

    public Villages(Database database) {
        this.reads = database.reads();
    }

    /** A village of the list; {@code retired} ones are still named for the members who live there. */
    public record Village(UUID id, int number, String name, boolean retired) {
        /** "หมู่ที่ 4 บ้านหนองบัว". */
        public String label() {
            return VillageUpsert.label(number, name);
        }
    }

    /** The org's villages by number (two with one number: the older first). */
    public List<Village> of(long orgId) {
        return reads.list("SELECT id, number, name, retired FROM village WHERE org_id = ? ORDER BY number, created_seq",
                rs -> new Village(Jdbc.uuid(rs.getBytes(1)), rs.getInt(2), rs.getString(3), rs.getBoolean(4)), orgId);
    }
}
