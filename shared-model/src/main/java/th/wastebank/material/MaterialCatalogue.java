package th.wastebank.material;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standard materials every waste bank knows, in the order a price board lists them. An อปท. may
 * add its own codes (with a Thai name) through {@code price.set}; such codes must match
 * {@link #CODE_PATTERN} and may not shadow a standard code.
 */
public final class MaterialCatalogue {
    public static final Pattern CODE_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private static final List<Material> STANDARD = List.of(
            new Material("PET_CLEAR", "ขวดพลาสติกใส", "Clear PET bottles"),
            new Material("PET_COLOR", "ขวดพลาสติกสี", "Coloured PET bottles"),
            new Material("HDPE", "พลาสติกขุ่น", "HDPE (opaque plastic)"),
            new Material("PP", "พลาสติก PP", "PP plastic"),
            new Material("PLASTIC_FILM", "ถุงพลาสติก", "Plastic bags and film"),
            new Material("PAPER_WHITE", "กระดาษขาวดำ", "White paper"),
            new Material("PAPER_MIXED", "กระดาษรวม", "Mixed paper"),
            new Material("CARDBOARD", "กล่องกระดาษ/ลัง", "Cardboard"),
            new Material("NEWSPAPER", "หนังสือพิมพ์", "Newspaper"),
            new Material("GLASS_BOTTLE", "ขวดแก้ว", "Glass bottles"),
            new Material("ALU_CAN", "กระป๋องอลูมิเนียม", "Aluminium cans"),
            new Material("STEEL", "เหล็ก", "Steel and iron"),
            new Material("COPPER", "ทองแดง", "Copper"),
            new Material("BRASS", "ทองเหลือง", "Brass"),
            new Material("E_WASTE", "ขยะอิเล็กทรอนิกส์", "E-waste"),
            new Material("USED_OIL", "น้ำมันพืชใช้แล้ว", "Used cooking oil"));

    private static final Map<String, Material> BY_CODE = new LinkedHashMap<>();

    static {
        STANDARD.forEach(m -> BY_CODE.put(m.code(), m));
    }

    private MaterialCatalogue() {
    }

    public static List<Material> standard() {
        return STANDARD;
    }

    public static Optional<Material> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static boolean isStandard(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** True when {@code code} is well formed for a bank's own material. */
    public static boolean isValidCustomCode(String code) {
        return code != null && CODE_PATTERN.matcher(code).matches() && !isStandard(code);
    }
}
