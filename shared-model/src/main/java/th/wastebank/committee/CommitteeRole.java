package th.wastebank.committee;

import java.util.Arrays;
import java.util.Optional;

/** A seat on the bank's committee, as the bank's own rules name it; the name is the wire code. */
public enum CommitteeRole {
    CHAIR("ประธาน", "Chair"),
    VICE_CHAIR("รองประธาน", "Vice-chair"),
    TREASURER("เหรัญญิก", "Treasurer"),
    SECRETARY("เลขานุการ", "Secretary"),
    MEMBER("กรรมการ", "Committee member");

    private final String nameTh;
    private final String nameEn;

    CommitteeRole(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<CommitteeRole> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
