package th.wastebank.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import th.wastebank.product.ProductKind;

/**
 * The models of income from waste that step 1 picks from: the DLA letter's two kinds of product (made from
 * wet or organic waste, made from dry waste that cannot be sold as recyclables), and "อื่น ๆ" with a name.
 * None of them is the waste bank itself: the letter asks for a model "นอกเหนือจากธนาคารขยะ".
 */
public enum IncomeModel {
    WET_ORGANIC_PRODUCT("ผลิตภัณฑ์จาก" + ProductKind.WET_ORGANIC.nameTh(), "Products from " + ProductKind.WET_ORGANIC.nameEn().toLowerCase(Locale.ROOT)),
    DRY_NON_RECYCLABLE_PRODUCT("ผลิตภัณฑ์จาก" + ProductKind.DRY_NON_RECYCLABLE.nameTh(),
            "Products from " + ProductKind.DRY_NON_RECYCLABLE.nameEn().toLowerCase(Locale.ROOT)),
    OTHER("อื่น ๆ", "Other");

    /** What the letter asks the model not to be. */
    public static final String WASTE_BANK_TH = "ธนาคารขยะ";

    private final String nameTh;
    private final String nameEn;

    IncomeModel(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<IncomeModel> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }

    /**
     * True when a typed model is the waste bank itself ("ธนาคารขยะ", "ธนาคารขยะชุมชน", "waste bank"): the
     * phone refuses it, the server records an old op that carries it and flags it for review.
     */
    public static boolean isWasteBank(String typed) {
        if (typed == null) {
            return false;
        }
        String t = typed.replaceAll("[\\s\\p{Punct}]+", "").toLowerCase(Locale.ROOT);
        return t.startsWith(WASTE_BANK_TH) || t.startsWith("wastebank") || t.startsWith("recyclablewastebank");
    }
}
