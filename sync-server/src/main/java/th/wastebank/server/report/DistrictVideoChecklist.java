package th.wastebank.server.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

import th.wastebank.progress.VideoRules;

/**
 * The district best-practice video as Uttaradit's letter asks it: "ให้นายอำเภอเป็นผู้นำเสนอ", "ไม่เกิน ๕ นาที",
 * the file named "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอ.....จังหวัด.....", and the logos of the
 * Ministry, the DLA, อาสาสมัครท้องถิ่นรักษ์โลก, the SDG Wheel and the province/district/อปท. in the top-right
 * corner. The district states them on the best-practice form (kept with its answers under the keys
 * {@code 3.*}); an unmet item is saved and shown with its Thai reason on the form, the PDF and the
 * province's page, never refused.
 */
public final class DistrictVideoChecklist {
    public static final String PRESENTER_KEY = "3.presenter";
    public static final String LENGTH_KEY = "3.length";
    public static final String FILE_NAME_KEY = "3.fileName";
    public static final String TOP_RIGHT_KEY = "3.logosTopRight";
    /** The presenter the letter asks for. */
    public static final String DISTRICT_CHIEF = "DISTRICT_CHIEF";
    public static final String OTHER = "OTHER";

    /** The logos the letter lists, in its order. */
    public enum Logo {
        MOI("กระทรวงมหาดไทย"),
        DLA("กรมส่งเสริมการปกครองท้องถิ่น"),
        LOCAL_VOLUNTEERS("อาสาสมัครท้องถิ่นรักษ์โลก"),
        SDG_WHEEL("SDG Wheel"),
        AREA("จังหวัด/อำเภอ/อปท.");

        private final String nameTh;

        Logo(String nameTh) {
            this.nameTh = nameTh;
        }

        public String nameTh() {
            return nameTh;
        }

        /** Where the tick is kept among the answers: {@code 3.logo.SDG_WHEEL}. */
        public String key() {
            return "3.logo." + name();
        }

        public String field() {
            return BestPracticeForm.field(key());
        }
    }

    /** Every answer key of the checklist, to be kept with the form's answers. */
    public static List<String> keys() {
        List<String> out = new ArrayList<>(List.of(PRESENTER_KEY, LENGTH_KEY, FILE_NAME_KEY, TOP_RIGHT_KEY));
        for (Logo l : Logo.values()) {
            out.add(l.key());
        }
        return out;
    }

    private DistrictVideoChecklist() {
    }

    /**
     * The video's length in seconds as typed: "4:30", "4.30" or whole minutes "4"; null when blank,
     * -1 when it is not a length.
     */
    public static @Nullable Long seconds(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        if (t.matches("[0-9]{1,3}")) {
            return Long.parseLong(t) * 60;
        }
        if (t.matches("[0-9]{1,3}[:.][0-5][0-9]")) {
            return Long.parseLong(t.substring(0, t.length() - 3)) * 60 + Long.parseLong(t.substring(t.length() - 2));
        }
        return -1L;
    }

    /** Each unmet item's Thai reason, in the letter's order; empty when the video is as the letter asks. */
    public static List<String> unmet(Map<String, String> answers) {
        List<String> out = new ArrayList<>();
        String presenter = answers.get(PRESENTER_KEY);
        if (presenter == null || presenter.isBlank()) {
            out.add("ไม่ได้ระบุผู้นำเสนอวิดีโอ");
        } else if (!DISTRICT_CHIEF.equals(presenter)) {
            out.add("ผู้นำเสนอไม่ใช่นายอำเภอ ตามหนังสือจังหวัดให้นายอำเภอเป็นผู้นำเสนอ");
        }
        Long seconds = seconds(answers.get(LENGTH_KEY));
        if (seconds == null || seconds < 0) {
            out.add("ไม่ได้ระบุความยาววิดีโอ");
        } else if (VideoRules.tooLong(seconds)) {
            out.add("วิดีโอยาวเกิน ๕ นาที");
        }
        switch (VideoRules.checkDistrictFileName(answers.get(FILE_NAME_KEY))) {
            case MISSING -> out.add("ไม่ได้ระบุชื่อไฟล์วิดีโอ");
            case WRONG_START -> out.add("ชื่อไฟล์ไม่ขึ้นต้นด้วย \"" + VideoRules.DISTRICT_FILE_NAME_PREFIX + "\"");
            case UNKNOWN_KIND -> out.add("ชื่อไฟล์ไม่ระบุจังหวัด (\"…อำเภอ.....จังหวัด.....\")");
            case NO_NAME -> out.add("ชื่อไฟล์ไม่มีชื่ออำเภอหรือชื่อจังหวัด");
            case OK -> {
            }
        }
        List<String> missing = new ArrayList<>();
        for (Logo l : Logo.values()) {
            if (!"1".equals(answers.get(l.key()))) {
                missing.add(l.nameTh());
            }
        }
        if (!missing.isEmpty()) {
            out.add("ไม่มีตราสัญลักษณ์: " + String.join(", ", missing));
        }
        if (!"1".equals(answers.get(TOP_RIGHT_KEY))) {
            out.add("ตราสัญลักษณ์ไม่อยู่มุมบนขวา");
        }
        return out;
    }
}
