package th.wastebank.server.report;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;

import th.wastebank.server.staff.StaffCaller;

/**
 * The area an area report is for (the nation, a 2-digit province or a 4-digit district). Asking for
 * nothing means one's own area, so a district officer's link needs no code; whether the caller may
 * see the area is {@link StaffCaller#canSeeArea}, which the controller asks next.
 */
public record ReportArea(@Nullable String code) {

    /**
     * The area asked for, or the caller's own when none is; empty when the code names no area's
     * form. An อปท. officer has no area of reports, so asking for nothing names the nation, which they
     * may not see.
     */
    public static Optional<ReportArea> requested(StaffCaller me, @Nullable String requested) {
        String code = requested == null || requested.isBlank() ? own(me) : requested.strip();
        if (code != null && !code.matches("[0-9]{2}|[0-9]{4}")) {
            return Optional.empty();
        }
        return Optional.of(new ReportArea(code));
    }

    @Nullable
    private static String own(StaffCaller me) {
        return switch (me.role()) {
            case NATIONAL, ORG -> null;
            case PROVINCE, DISTRICT -> me.scopeCode();
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
