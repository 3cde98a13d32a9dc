package th.wastebank.server.report;

import io.micronaut.core.annotation.Nullable;

import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.WebProblem;

/**
 * The area an area report is for (the nation, a 2-digit province or a 4-digit district), once it is
 * known that the staff member asking may see it. Asking for nothing means one's own area, so a
 * district officer's link needs no code and a guessed code outside the scope is refused.
 */
public record ReportArea(@Nullable String code) {

    public static ReportArea resolve(StaffCaller me, @Nullable String requested) {
        String code = requested == null || requested.isBlank() ? own(me) : requested.strip();
        if (code != null && !code.matches("[0-9]{2}|[0-9]{4}")) {
            throw WebProblem.notFound();
        }
        boolean allowed = code == null ? me.role() == StaffRole.NATIONAL
                : code.length() == 2 ? me.canSeeProvince(code) : me.canSeeDistrict(code);
        if (!allowed) {
            throw WebProblem.forbidden();
        }
        return new ReportArea(code);
    }

    private static String own(StaffCaller me) {
        return switch (me.role()) {
            case NATIONAL -> null;
            case PROVINCE, DISTRICT -> me.scopeCode();
            case ORG -> throw WebProblem.forbidden();
        };
    }

    public boolean nation() {
        return code == null;
    }

    public boolean province() {
        return code != null && code.length() == 2;
    }

    /** The province whose reporting days apply, or null for the nation's (the 5th and 15th). */
    @Nullable
    public String provinceCode() {
        return code == null ? null : code.substring(0, 2);
    }

    /** For file names: {@code TH}, {@code 36} or {@code 3609}. */
    public String label() {
        return code == null ? "TH" : code;
    }

    /** The query string that names this area again ({@code ""} for the nation). */
    public String query() {
        return code == null ? "" : "area=" + code;
    }
}
