package th.wastebank.server.org;

import java.util.Arrays;
import java.util.Optional;

/** The legal forms of an อปท. in the product policy's target (อบจ. is not one). */
public enum OrgKind {
    SAO("อบต.", "องค์การบริหารส่วนตำบล"),
    SUBDISTRICT_MUNICIPALITY("ทต.", "เทศบาลตำบล"),
    TOWN_MUNICIPALITY("ทม.", "เทศบาลเมือง"),
    CITY_MUNICIPALITY("ทน.", "เทศบาลนคร"),
    SPECIAL("", "อปท. รูปแบบพิเศษ");

    private final String abbreviationTh;
    private final String nameTh;

    OrgKind(String abbreviationTh, String nameTh) {
        this.abbreviationTh = abbreviationTh;
        this.nameTh = nameTh;
    }

    public String nameTh() {
        return nameTh;
    }

    /** Accepts the enum name, the Thai name or the Thai abbreviation, as a register may hold any. */
    public static Optional<OrgKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.nameTh.equals(t)
                        || (!k.abbreviationTh.isEmpty() && k.abbreviationTh.equals(t)))
                .findFirst();
    }
}
