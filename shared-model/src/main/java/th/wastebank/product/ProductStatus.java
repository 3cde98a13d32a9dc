package th.wastebank.product;

import java.util.Arrays;
import java.util.Optional;

/** Where a product stands: an idea being tried, being made, or on sale. */
public enum ProductStatus {
    IDEA("กำลังพัฒนา", "Being developed"),
    MAKING("ผลิตแล้ว", "In production"),
    SELLING("วางจำหน่าย", "On sale");

    private final String nameTh;
    private final String nameEn;

    ProductStatus(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<ProductStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
