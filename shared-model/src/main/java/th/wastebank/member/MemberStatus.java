package th.wastebank.member;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a member still belongs to the bank. A member who moved away, died or left keeps their
 * record, their number and their passbook; from the day named with the status they are no longer
 * counted (๑.๓ of the monthly form, the dashboard) nor levied ({@link Membership#activeOn}). The wire
 * value is the constant's name.
 */
public enum MemberStatus {
    ACTIVE("เป็นสมาชิก", "Active"),
    MOVED("ย้ายออกจากพื้นที่", "Moved away"),
    DECEASED("เสียชีวิต", "Deceased"),
    LEFT("ลาออก", "Left");

    private final String nameTh;
    private final String nameEn;

    MemberStatus(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True for a status that ends membership (all but {@link #ACTIVE}). */
    public boolean ended() {
        return this != ACTIVE;
    }

    public static Optional<MemberStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** The status a stored or sent value names; an absent one is {@link #ACTIVE} (members before statuses). */
    public static MemberStatus orActive(String name) {
        return name == null ? ACTIVE : parse(name).orElse(ACTIVE);
    }
}
