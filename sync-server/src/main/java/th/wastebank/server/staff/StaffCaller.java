package th.wastebank.server.staff;

/**
 * The signed-in staff member behind a browser request, with the area they may see. Every page
 * checks its subject against this scope, so a guessed URL shows nothing outside it.
 */
public record StaffCaller(long id, String username, String displayName, StaffRole role, String scopeCode,
                          String csrfToken) {

    public boolean canSeeProvince(String provinceCode) {
        return role == StaffRole.NATIONAL || role == StaffRole.PROVINCE && scopeCode.equals(provinceCode);
    }

    public boolean canSeeDistrict(String districtCode) {
        return switch (role) {
            case NATIONAL -> true;
            case PROVINCE -> districtCode.startsWith(scopeCode);
            case DISTRICT -> scopeCode.equals(districtCode);
            case ORG -> false;
        };
    }

    public boolean canSeeOrg(String orgCode, String districtCode) {
        return role == StaffRole.ORG ? scopeCode.equals(orgCode) : canSeeDistrict(districtCode);
    }

    /** Where this person lands after signing in. */
    public String homePath() {
        return switch (role) {
            case NATIONAL -> "/web/nation";
            case PROVINCE -> "/web/provinces/" + scopeCode;
            case DISTRICT -> "/web/districts/" + scopeCode;
            case ORG -> "/web/orgs/" + scopeCode;
        };
    }
}
