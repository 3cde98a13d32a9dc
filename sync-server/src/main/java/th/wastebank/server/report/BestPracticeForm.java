package th.wastebank.server.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * The wording of the DLA's district best-practice waste-bank form, verbatim, in one place, so the
 * page, the PDF and the spreadsheet say exactly what the letter says. Part 2's questions carry the
 * keys under which their answers are stored.
 */
public final class BestPracticeForm {
    public static final String TITLE = "แบบรายงานการจัดตั้งธนาคารขยะต้นแบบ (Best Practice) ระดับอำเภอ";

    public static final String PART1 = "ส่วนที่ ๑ ข้อมูลทั่วไป";
    public static final String ITEM_1_1 = "ธนาคารขยะต้นแบบ อปท.";
    public static final String ITEM_1_1_DISTRICT = "อำเภอ";
    public static final String ITEM_1_2 = "จำนวนหมู่บ้าน/ชุมชนที่เข้าร่วม";
    public static final String ITEM_1_3 = "จำนวนสมาชิก";
    public static final String ITEM_1_4 = "จำนวนขยะที่ขายได้/เดือน";
    public static final String ITEM_1_5 = "จำนวนเงินที่ขายได้/เดือน";
    public static final String ITEM_1_6 = "รูปแบบการจัดสวัสดิการ";
    public static final String UNIT_PLACES = "แห่ง";
    public static final String UNIT_PEOPLE = "คน";
    public static final String UNIT_KG = "กิโลกรัม";
    public static final String UNIT_BAHT = "บาท";

    /** Where the welfare text (item ๑.๖) is kept among the stored answers. */
    public static final String WELFARE_KEY = "1.6";
    /** Shown for ๑.๖ until there is welfare data; the district may overwrite it. */
    public static final String NO_WELFARE_DATA = "ยังไม่มีข้อมูล";

    /** Where ๑.๔ and ๑.๕ come from, printed under Part 1 when the bank sold something that month. */
    public static final String SOLD_NOTE = "หมายเหตุ: ข้อ ๑.๔ และ ๑.๕ คือน้ำหนักและจำนวนเงินของขยะที่ธนาคารขยะขายให้ผู้รับซื้อ"
            + "ในเดือนนั้น ตามรายการขายที่บันทึกไว้ในระบบ ส่วนข้อ ๑.๒ และ ๑.๓ นับสมาชิกที่สมัครภายในสิ้นเดือนนั้น";
    /** Printed instead when the bank recorded no sale that month, so a zero is not read as a missing figure. */
    public static final String NOT_SOLD_NOTE = "หมายเหตุ: เดือนนี้ธนาคารขยะไม่มีรายการขายขยะให้ผู้รับซื้อในระบบ"
            + " ข้อ ๑.๔ และ ๑.๕ จึงเป็นศูนย์ ส่วนข้อ ๑.๒ และ ๑.๓ นับสมาชิกที่สมัครภายในสิ้นเดือนนั้น";

    public static final String PART2 = "ส่วนที่ ๒ การบริหารจัดการธนาคารขยะ";

    public static final String PART3 = "ส่วนที่ ๓ วิดีโอการถอดบทเรียนธนาคารขยะ";
    public static final String PART3_ITEM = "๑) อัปโหลดวิดีโอการถอดบทเรียนฯ ลงใน YouTube จากนั้นแชร์ URL โดยสำเนา URL";

    /** The reporting officer's signature block, as Thai official forms print it. */
    public static final String SIGNED = "ลงชื่อ";
    public static final String REPORTER = "ผู้รายงาน";
    public static final String POSITION = "ตำแหน่ง";
    public static final String DATE = "วันที่";
    public static final String SIGNATURE_DOTS = "........................................";

    /** One free-text question of Part 2, e.g. key {@code 2.1.1}, number {@code ๑)}. */
    public record Question(String key, String number, String label) {
        /** The name of its form field: {@code a_2_1_1}. */
        public String field() {
            return BestPracticeForm.field(key);
        }
    }

    /** A heading of Part 2 (๒.๑ … ๒.๔) with its numbered questions. */
    public record Section(String number, String title, List<Question> questions) {
    }

    public static final List<Section> PART2_SECTIONS = List.of(
            new Section("๒.๑", "การขับเคลื่อนการจัดตั้งธนาคารขยะให้ประสบความสำเร็จ", List.of(
                    new Question("2.1.1", "๑)", "ปัจจัยความสำเร็จ"),
                    new Question("2.1.2", "๒)", "กลวิธีในการขับเคลื่อนธนาคารขยะ"))),
            new Section("๒.๒", "การจัดสวัสดิการ", List.of(
                    new Question("2.2.1", "๑)", "รูปแบบการจัดสวัสดิการต่างๆ / สาเหตุที่ชุมชนเลือกสวัสดิการนั้นๆ"),
                    new Question("2.2.2", "๒)", "ปัญหาอุปสรรคและแนวทางการแก้ไข"))),
            new Section("๒.๓", "ประโยชน์ที่ชุมชน/ อปท. ได้รับจากโครงการธนาคารขยะนอกเหนือจากสวัสดิการ", List.of(
                    new Question("2.3.1", "๑)", "จำนวนค่าใช้จ่ายการเก็บขน/กำจัดขยะที่ลดลง (ข้อมูลเชิงสถิติที่ชัดเจน)"),
                    new Question("2.3.2", "๒)", "การลดทรัพยากรมนุษย์ในการเก็บขนขยะ"),
                    new Question("2.3.3", "๓)", "ประโยชน์ด้านสิ่งแวดล้อม"))),
            new Section("๒.๔", "การขับเคลื่อนโครงการธนาคารขยะสู่ความยั่งยืน", List.of(
                    new Question("2.4.1", "๑)", "กลยุทธ์/กลไกสู่ความยั่งยืน"),
                    new Question("2.4.2", "๒)", "วิธีการขับเคลื่อนธนาคารขยะสู่ความยั่งยืน"),
                    new Question("2.4.3", "๓)", "การมีส่วนร่วมของภาคีเครือข่ายในพื้นที่"))));

    private BestPracticeForm() {
    }

    /** The form field of an answer's key. */
    public static String field(String key) {
        return "a_" + key.replace('.', '_');
    }

    public static Stream<Question> questions() {
        return PART2_SECTIONS.stream().flatMap(s -> s.questions().stream());
    }
}
