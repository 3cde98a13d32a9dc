package th.wastebank.server.place;

/**
 * An area code as the pages pass it: two digits a province, four a district. The reads of several
 * owners filter the orgs of an area (joined as {@code o}) by it, so the column is named once here.
 */
public final class Areas {
    private Areas() {
    }

    /** The org column ({@code o.province_code} or {@code o.district_code}) that holds {@code area}. */
    public static String orgColumn(String area) {
        return area.length() == 2 ? "o.province_code" : "o.district_code";
    }
}
