package th.wastebank.sale;

import java.util.Arrays;
import java.util.Optional;

/** Whom a bank sells its sorted waste to. */
public enum BuyerKind {
    SHOP("ร้านรับซื้อของเก่า", "Scrap shop"),
    COMPANY("บริษัทรีไซเคิล", "Recycling company"),
    LAO_CENTRE("ศูนย์ของ อปท.", "Local authority centre"),
    OTHER("อื่น ๆ", "Other");

    private final String nameTh;
    private final String nameEn;

    BuyerKind(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<BuyerKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
