package th.wastebank.progress;

import java.util.Optional;

/** The five steps each อปท. goes through under "1 อปท. 1 ผลิตภัณฑ์" (DLA letter มท ๐๘๒๑.๒/ว ๓๙๑๔). */
public enum MilestoneStep {
    MEETING(1, "ประชุมเครือข่ายและเลือกรูปแบบการสร้างรายได้จากขยะ",
            "Network meeting; an income model other than the waste bank chosen"),
    TRAINING(2, "จัดอบรมหรือศึกษาดูงาน", "Training or study visit"),
    PRODUCT(3, "ผลิตผลิตภัณฑ์", "Product made"),
    VIDEO(4, "จัดทำวิดีโอถอดบทเรียน", "Lesson-learned video made"),
    REPORTED(5, "เผยแพร่และรายงาน URL ต่ออำเภอและจังหวัด", "Published and URL reported to district and province");

    private final int number;
    private final String nameTh;
    private final String nameEn;

    MilestoneStep(int number, String nameTh, String nameEn) {
        this.number = number;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public int number() {
        return number;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<MilestoneStep> of(long number) {
        for (MilestoneStep s : values()) {
            if (s.number == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
