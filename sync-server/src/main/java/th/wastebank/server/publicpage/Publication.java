package th.wastebank.server.publicpage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;

/**
 * Whether an อปท.'s public page is on (ADR 0023): the one owner of {@code public_page}. Off until
 * the อปท.'s officer switches it on; switching it off hides the page, its province listing and its
 * photos again at once. The switch and its audit row are written in one transaction.
 */
@Singleton
public class Publication {
    private final DataSource dataSource;
    private final Reads reads;
    private final Clock clock;

    public Publication(Database database, Clock clock) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.clock = clock;
    }

    /** A published อปท. as its public pages name it: no figures, only where it is. */
    public record PublishedOrg(long id, String code, String nameTh, String districtTh, String provinceCode,
                               String provinceTh) {
    }

    public boolean published(long orgId) {
        return reads.one("SELECT published FROM public_page WHERE org_id = ?", rs -> rs.getBoolean(1), orgId)
                .orElse(false);
    }

    /** Switches the page on or off, with {@code alsoDo} (the audit row) in the same transaction. */
    public void set(long orgId, boolean on, String by, Tx.Step alsoDo) {
        Tx.write(dataSource, c -> {
            try (var ps = c.prepareStatement("INSERT INTO public_page (org_id, published, changed_at, changed_by)"
                    + " VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE published = VALUES(published),"
                    + " changed_at = VALUES(changed_at), changed_by = VALUES(changed_by)")) {
                ps.setLong(1, orgId);
                ps.setBoolean(2, on);
                ps.setObject(3, Jdbc.utc(clock.instant()));
                ps.setString(4, by.length() <= 100 ? by : by.substring(0, 100));
                ps.executeUpdate();
            }
            alsoDo.run(c);
        });
    }

    private static final String PUBLISHED = "SELECT o.id, o.code, o.name_th, d.name_th, o.province_code, p.name_th"
            + " FROM public_page pp JOIN org o ON o.id = pp.org_id"
            + " LEFT JOIN district d ON d.code = o.district_code LEFT JOIN province p ON p.code = o.province_code"
            + " WHERE pp.published";

    /** The อปท. with this code, when its page is on. */
    public Optional<PublishedOrg> org(String code) {
        return reads.one(PUBLISHED + " AND o.code = ?", Publication::row, code);
    }

    /** The province's อปท. whose pages are on, by name. */
    public List<PublishedOrg> inProvince(String provinceCode) {
        return reads.list(PUBLISHED + " AND o.province_code = ? ORDER BY o.name_th, o.code", Publication::row,
                provinceCode);
    }

    /** A province's Thai name, when the code names one. */
    public Optional<String> provinceTh(String code) {
        return reads.one("SELECT name_th FROM province WHERE code = ?", rs -> rs.getString(1), code);
    }

    private static PublishedOrg row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedOrg(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
