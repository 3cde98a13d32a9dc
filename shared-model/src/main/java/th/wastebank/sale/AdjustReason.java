package th.wastebank.sale;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the stock of a material changed other than by buying or selling. All but a stock count take
 * weight away; a count sets the stock right either way; a re-sort moves the weight into another
 * material.
 */
public enum AdjustReason {
    DRYING("น้ำหนักหายเพราะแห้ง", "Weight lost to drying", true),
    DIRT("สิ่งสกปรก/สิ่งเจือปนที่คัดทิ้ง", "Dirt sorted out", true),
    RESORTED("คัดแยกไปเป็นขยะชนิดอื่น", "Sorted into another material", true),
    DAMAGE("เสียหาย", "Damaged", true),
    COUNT("ปรับตามการตรวจนับ", "Stock count correction", false);

    private final String nameTh;
    private final String nameEn;
    private final boolean reducesOnly;

    AdjustReason(String nameTh, String nameEn, boolean reducesOnly) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.reducesOnly = reducesOnly;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether an adjustment for this reason can only take weight away (negative grams). */
    public boolean reducesOnly() {
        return reducesOnly;
    }

    public static Optional<AdjustReason> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
