package th.wastebank.product;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of waste a "1 อปท. 1 ผลิตภัณฑ์" product is made from (the DLA letter's wording). */
public enum ProductKind {
    WET_ORGANIC("ขยะเปียกหรือขยะอินทรีย์", "Wet or organic waste"),
    DRY_NON_RECYCLABLE("ขยะแห้งที่ไม่สามารถขายเป็นขยะรีไซเคิลได้", "Dry waste that cannot be sold as recyclables");

    private final String nameTh;
    private final String nameEn;

    ProductKind(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<ProductKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
