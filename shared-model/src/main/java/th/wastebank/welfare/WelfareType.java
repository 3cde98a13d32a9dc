package th.wastebank.welfare;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a welfare scheme helps with. A bank names its own schemes; the type groups them for the
 * best-practice report (๑.๖ รูปแบบการจัดสวัสดิการ) and the dashboards.
 */
public enum WelfareType {
    FUNERAL("ฌาปนกิจ", "Funeral"),
    ILLNESS("เจ็บป่วย/นอนโรงพยาบาล", "Illness / hospital stay"),
    BIRTH("คลอดบุตร", "Birth"),
    ELDER("ผู้สูงอายุ", "Elders"),
    SCHOLARSHIP("ทุนการศึกษา", "Scholarship"),
    DISASTER("ภัยพิบัติ", "Disaster relief"),
    OTHER("อื่น ๆ", "Other");

    private final String nameTh;
    private final String nameEn;

    WelfareType(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<WelfareType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
