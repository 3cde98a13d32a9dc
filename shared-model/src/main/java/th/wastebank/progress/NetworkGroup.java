package th.wastebank.progress;

import java.util.Arrays;
import java.util.Optional;

/** The groups step 1 meets, as the letter lists them, and "อื่น ๆ" with a name. */
public enum NetworkGroup {
    LOCAL_VOLUNTEERS("อาสาสมัครท้องถิ่นรักษ์โลก", "Local volunteers who love the planet (อถล.)"),
    WASTE_BANK("ธนาคารขยะ", "The waste bank"),
    WOMEN("กลุ่มสตรี", "Women's group"),
    ELDERS("กลุ่มผู้สูงอายุ", "Elders' group"),
    YOUTH("เด็กและเยาวชน", "Children and youth"),
    OTHER("อื่น ๆ", "Other");

    private final String nameTh;
    private final String nameEn;

    NetworkGroup(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<NetworkGroup> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
