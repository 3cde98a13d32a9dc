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

    /** An area page's scope: {@code null} is the nation, two digits a province, four a district. */
    public boolean canSeeArea(String areaCode) {
        return areaCode == null ? role == StaffRole.NATIONAL
                : areaCode.length() == 2 ? canSeeProvince(areaCode) : canSeeDistrict(areaCode);
    }

    public boolean canSeeOrg(String orgCode, String districtCode) {
        return role == StaffRole.ORG ? scopeCode.equals(orgCode) : canSeeDistrict(districtCode);
    }

    /** Whether this person manages any staff accounts at all (an อปท.'s officers manage nobody). */
    public boolean managesStaff() {
        return role != StaffRole.ORG;
    }

    /**
     * Whether this person may create or manage an account of {@code role} whose area lies in the
     * district {@code districtCode} (an อปท. account: its org's district; a district account: that
     * district; null for province and national accounts, or an org that no longer exists). National
     * administrators manage everyone; others only lower roles within their own area.
     */
    public boolean canManage(StaffRole target, String districtCode) {
        if (role == StaffRole.NATIONAL) {
            return true;
        }
        return target.isBelow(role) && districtCode != null && canSeeDistrict(districtCode);
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
