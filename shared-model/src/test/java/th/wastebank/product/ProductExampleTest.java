package th.wastebank.product;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The product examples are the DLA letter's list, word for word and in its order, under each kind of waste. */
class ProductExampleTest {
    @Test
    void wetOrOrganicWasteHasTheLettersExamples() {
        assertEquals(List.of(
                "ถ่านจากกิ่งไม้ ตะเกียบ เปลือกไม้",
                "กระเป๋า หมวก กระปุกออมสิน ดอกไม้จากเชือกกล้วย ใบมะพร้าว ใบลาน กก ผักตบชวา",
                "ปุ๋ยหมัก น้ำหมักชีวภาพ",
                "น้ำยาล้างจาน น้ำยาอเนกประสงค์จากเปลือกผลไม้",
                "จาน ชามจากพืชในท้องถิ่น"),
                ProductExample.of(ProductKind.WET_ORGANIC).stream().map(ProductExample::nameTh).toList());
    }

    @Test
    void dryWasteThatCannotBeSoldHasTheLettersExamples() {
        assertEquals(List.of(
                "ที่รองแก้วจากพลาสติกหลอม",
                "เบาะรองกันแผลกดทับจากหลอดกาแฟ",
                "ไม้กวาดจากขวดพลาสติก",
                "กระเป๋าถักจากถุงพลาสติกหรือเส้นขวด",
                "ภาพนูนต่ำจากบรรจุภัณฑ์",
                "เฟอร์นิเจอร์จากยางรถยนต์และไม้",
                "อิฐบล็อกจากขยะ (eco-brick)",
                "น้ำมันจากไพโรไลซิส",
                "พรมเช็ดเท้าจากเศษผ้า",
                "รองเท้าจากขยะทะเล",
                "ถ้วยและช้อนจากกะลามะพร้าว",
                "กระถางจากยางรถยนต์",
                "กระเป๋าจากเสื้อผ้าเก่า",
                "ของตกแต่งจากขวดแก้ว"),
                ProductExample.of(ProductKind.DRY_NON_RECYCLABLE).stream().map(ProductExample::nameTh).toList());
    }

    @Test
    void theCodesAreStable() {
        assertEquals(List.of("CHARCOAL", "WOVEN_FROM_PLANTS", "COMPOST", "PEEL_CLEANER", "PLANT_TABLEWARE",
                "MELTED_PLASTIC_COASTER", "STRAW_CUSHION", "BOTTLE_BROOM", "KNITTED_BAG", "RELIEF_PRINT",
                "TYRE_FURNITURE", "ECO_BRICK", "PYROLYSIS_OIL", "DOORMAT", "SEA_LITTER_SHOES",
                "COCONUT_SHELL_TABLEWARE", "TYRE_PLANTER", "OLD_CLOTHES_BAG", "GLASS_BOTTLE_DECORATION"),
                List.of(ProductExample.values()).stream().map(Enum::name).toList());
    }

    @Test
    void aNameIsAnExampleOnlyInTheLettersExactWordsAndUnderItsKind() {
        assertEquals(ProductExample.STRAW_CUSHION,
                ProductExample.named(ProductKind.DRY_NON_RECYCLABLE, " เบาะรองกันแผลกดทับจากหลอดกาแฟ ").orElseThrow());
        assertEquals(java.util.Optional.empty(),
                ProductExample.named(ProductKind.WET_ORGANIC, "เบาะรองกันแผลกดทับจากหลอดกาแฟ"));
        assertEquals(java.util.Optional.empty(), ProductExample.named(ProductKind.DRY_NON_RECYCLABLE, "หมอนยัดไส้หลอด"));
    }
}
