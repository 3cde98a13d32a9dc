package th.wastebank.product;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The examples of "1 อปท. 1 ผลิตภัณฑ์" products in the DLA letter's words and order (มท ๐๘๒๑.๒/ว ๓๙๑๔),
 * under the kind of waste they are made from. A volunteer picks one or "อื่น ๆ" and names the product.
 * The constant names are codes: never rename or reorder them; a new example goes at the end, and a
 * wrong Thai name is fixed in its text, not in its code.
 */
public enum ProductExample {
    CHARCOAL(ProductKind.WET_ORGANIC, "ถ่านจากกิ่งไม้ ตะเกียบ เปลือกไม้",
            "Charcoal from branches, chopsticks and bark"),
    WOVEN_FROM_PLANTS(ProductKind.WET_ORGANIC,
            "กระเป๋า หมวก กระปุกออมสิน ดอกไม้จากเชือกกล้วย ใบมะพร้าว ใบลาน กก ผักตบชวา",
            "Bags, hats, piggy banks, flowers from banana rope, coconut leaves, palm leaves, sedge, water hyacinth"),
    COMPOST(ProductKind.WET_ORGANIC, "ปุ๋ยหมัก น้ำหมักชีวภาพ", "Compost, bio-fermented liquid"),
    PEEL_CLEANER(ProductKind.WET_ORGANIC, "น้ำยาล้างจาน น้ำยาอเนกประสงค์จากเปลือกผลไม้",
            "Dish-washing and multi-purpose cleaner from fruit peel"),
    PLANT_TABLEWARE(ProductKind.WET_ORGANIC, "จาน ชามจากพืชในท้องถิ่น", "Plates and bowls from local plants"),
    MELTED_PLASTIC_COASTER(ProductKind.DRY_NON_RECYCLABLE, "ที่รองแก้วจากพลาสติกหลอม", "Coasters from melted plastic"),
    STRAW_CUSHION(ProductKind.DRY_NON_RECYCLABLE, "เบาะรองกันแผลกดทับจากหลอดกาแฟ",
            "Cushions against bed sores from coffee straws"),
    BOTTLE_BROOM(ProductKind.DRY_NON_RECYCLABLE, "ไม้กวาดจากขวดพลาสติก", "Brooms from plastic bottles"),
    KNITTED_BAG(ProductKind.DRY_NON_RECYCLABLE, "กระเป๋าถักจากถุงพลาสติกหรือเส้นขวด",
            "Bags knitted from plastic bags or bottle strips"),
    RELIEF_PRINT(ProductKind.DRY_NON_RECYCLABLE, "ภาพนูนต่ำจากบรรจุภัณฑ์", "Low-relief prints from packaging"),
    TYRE_FURNITURE(ProductKind.DRY_NON_RECYCLABLE, "เฟอร์นิเจอร์จากยางรถยนต์และไม้", "Tyre and wood furniture"),
    ECO_BRICK(ProductKind.DRY_NON_RECYCLABLE, "อิฐบล็อกจากขยะ (eco-brick)", "Eco-bricks"),
    PYROLYSIS_OIL(ProductKind.DRY_NON_RECYCLABLE, "น้ำมันจากไพโรไลซิส", "Pyrolysis oil"),
    DOORMAT(ProductKind.DRY_NON_RECYCLABLE, "พรมเช็ดเท้าจากเศษผ้า", "Doormats from fabric scraps"),
    SEA_LITTER_SHOES(ProductKind.DRY_NON_RECYCLABLE, "รองเท้าจากขยะทะเล", "Shoes from sea litter"),
    COCONUT_SHELL_TABLEWARE(ProductKind.DRY_NON_RECYCLABLE, "ถ้วยและช้อนจากกะลามะพร้าว",
            "Bowls and spoons from coconut shells"),
    TYRE_PLANTER(ProductKind.DRY_NON_RECYCLABLE, "กระถางจากยางรถยนต์", "Tyre planters"),
    OLD_CLOTHES_BAG(ProductKind.DRY_NON_RECYCLABLE, "กระเป๋าจากเสื้อผ้าเก่า", "Bags from old clothes"),
    GLASS_BOTTLE_DECORATION(ProductKind.DRY_NON_RECYCLABLE, "ของตกแต่งจากขวดแก้ว", "Decorations from glass bottles");

    private final ProductKind kind;
    private final String nameTh;
    private final String nameEn;

    ProductExample(ProductKind kind, String nameTh, String nameEn) {
        this.kind = kind;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public ProductKind kind() {
        return kind;
    }

    /** The letter's words. */
    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The letter's examples for {@code kind}, in its order. */
    public static List<ProductExample> of(ProductKind kind) {
        return Arrays.stream(values()).filter(e -> e.kind == kind).toList();
    }

    /** The example of {@code kind} whose words {@code name} is (ignoring surrounding spaces). */
    public static Optional<ProductExample> named(ProductKind kind, String name) {
        String n = name == null ? "" : name.strip();
        return of(kind).stream().filter(e -> e.nameTh.equals(n)).findFirst();
    }
}
