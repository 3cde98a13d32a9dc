package th.wastebank.server.staff;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a staff member oversees: one อปท., a district, a province or the whole country. The scope
 * code is the อปท.'s code, the 4-digit district code or the 2-digit province code.
 */
public enum StaffRole {
    ORG("เจ้าหน้าที่ อปท.", "Local organisation officer"),
    DISTRICT("ท้องถิ่นอำเภอ", "District officer"),
    PROVINCE("ท้องถิ่นจังหวัด", "Province officer"),
    NATIONAL("กรมส่งเสริมการปกครองท้องถิ่น", "National administrator");

    private final String nameTh;
    private final String nameEn;

    StaffRole(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether this role oversees less than {@code other} (declared from the smallest area up). */
    public boolean isBelow(StaffRole other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<StaffRole> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }
}
