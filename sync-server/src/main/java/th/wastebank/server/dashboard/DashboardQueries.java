package th.wastebank.server.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.ledger.Balances;
import th.wastebank.server.member.Members;
import th.wastebank.server.village.Villages;

/**
 * What the dashboard pages read of the reference data (an อปท.'s header, a province's name) and an
 * อปท.'s waste bank from the owners of its tables. Nothing here scans the ledger for an area; only
 * one อปท.'s savings total does, over that org's rows. The pages' other rows come from their
 * owners: the months from the roll-ups, the map and steps from progress, products, welfare.
 */
@Singleton
public class DashboardQueries {
    private final Reads reads;
    private final Members members;
    private final Balances balances;
    private final Villages villages;

    public DashboardQueries(Database database, Members members, Balances balances, Villages villages) {
        this.reads = database.reads();
        this.members = members;
        this.balances = balances;
        this.villages = villages;
    }

    public record OrgHeader(long id, String code, String nameTh, String kind, String districtCode, String districtTh,
                            String provinceCode, String provinceTh, boolean demo) {
    }

    public record Bank(long villages, long members, long savingsSatang) {
    }

    /** A province's Thai name, for a district page's breadcrumb ("" if the code names none). */
    public String provinceNameTh(String code) {
        return reads.one("SELECT name_th FROM province WHERE code = ?", rs -> rs.getString(1), code).orElse("");
    }

    public Optional<OrgHeader> org(String code) {
        return reads.one("SELECT o.id, o.code, o.name_th, o.kind, o.district_code,"
                + " d.name_th, o.province_code, p.name_th, o.demo FROM org o"
                + " LEFT JOIN district d ON d.code = o.district_code LEFT JOIN province p ON p.code = o.province_code"
                + " WHERE o.code = ?", rs -> new OrgHeader(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getBoolean(9)), code);
    }

    /** Villages and members active on {@code today} (counted as the official form counts them) and the savings held. */
    public Bank bank(long orgId, LocalDate today) {
        Members.Counts counts = members.countsActiveOn(orgId, today);
        return new Bank(counts.villages(), counts.members(), balances.savings(orgId));
    }

    /** The อปท.'s villages with the members active on {@code today} living in each (the org page's section). */
    public OrgVillages.Section villages(long orgId, LocalDate today) {
        return OrgVillages.of(villages.of(orgId), members.residentsOn(orgId, today));
    }
}
