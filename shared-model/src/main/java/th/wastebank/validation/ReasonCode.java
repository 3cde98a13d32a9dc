package th.wastebank.validation;

/**
 * Why an op or a field was refused. The name is the machine-readable code on the wire (stable);
 * the messages are what a committee member reads (Thai) or an operator reads (English). A
 * {@code %s} in a message is filled with the field's name.
 */
public enum ReasonCode {
    MALFORMED_OP("รายการนี้มีรูปแบบไม่ถูกต้อง", "The op is not a JSON object of the expected shape"),
    UNKNOWN_TYPE("แอปรุ่นนี้ส่งรายการชนิดที่เซิร์ฟเวอร์ไม่รู้จัก", "Unknown op type"),
    MISSING_FIELD("ไม่ได้กรอกข้อมูล %s", "Missing field %s"),
    WRONG_TYPE("ข้อมูล %s มีรูปแบบไม่ถูกต้อง", "Field %s has the wrong type or format"),
    INVALID_ID("รหัสอ้างอิง %s ไม่ถูกต้อง", "Field %s is not a valid UUIDv7"),
    TEXT_TOO_LONG("ข้อความ %s ยาวเกินไป", "Field %s is too long"),
    NAME_REQUIRED("กรุณากรอกชื่อสมาชิก", "A member needs a name"),
    DATE_OUT_OF_RANGE("วันที่ %s ต้องไม่ก่อนปี พ.ศ. 2543 และไม่เลยวันนี้เกินหนึ่งวัน กรุณาตรวจวันที่และนาฬิกาของเครื่อง",
            "Date %s must not be before 2000 nor more than a day ahead of the server's clock"),
    VERSION_INVALID("เลขรุ่นของข้อมูลไม่ถูกต้อง", "Version must be a whole number of at least 1"),
    NO_LINES("ยังไม่มีรายการขยะในการฝากครั้งนี้", "A deposit needs at least one line"),
    TOO_MANY_LINES("รายการขยะในการฝากครั้งเดียวมากเกินไป", "Too many lines in one deposit"),
    WEIGHT_NOT_POSITIVE("น้ำหนักต้องมากกว่าศูนย์", "Weight must be more than zero grams"),
    WEIGHT_TOO_LARGE("น้ำหนักต่อรายการต้องไม่เกิน 1,000 กิโลกรัม", "A line may weigh at most 1,000 kg"),
    PRICE_INVALID("ราคารับซื้อต้องมากกว่าศูนย์และไม่เกิน 10,000 บาทต่อกิโลกรัม",
            "Price per kg must be more than zero and at most 10,000 baht"),
    AMOUNT_MISMATCH("จำนวนเงินไม่ตรงกับน้ำหนักคูณราคา", "Line amount differs from grams × price"),
    TOTAL_MISMATCH("ยอดรวมไม่ตรงกับผลรวมของรายการ", "Total differs from the sum of the lines"),
    RECEIPT_NO_INVALID("เลขที่ใบรับไม่ถูกรูปแบบ (เช่น A7-000123)", "Receipt number must look like A7-000123"),
    UNKNOWN_MATERIAL("ไม่รู้จักชนิดขยะนี้ในกระดานราคาของธนาคาร", "Unknown material code"),
    MATERIAL_NAME_REQUIRED("ชนิดขยะใหม่ต้องมีชื่อภาษาไทย", "A bank's own material needs a Thai name"),
    UNKNOWN_MEMBER("ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน", "No such member in this organisation"),
    AMOUNT_NOT_POSITIVE("จำนวนเงินต้องมากกว่าศูนย์", "Amount must be more than zero"),
    AMOUNT_TOO_LARGE("จำนวนเงินสูงเกินกว่าที่ระบบรับได้", "Amount is above the accepted maximum"),
    BALANCE_TOO_LOW("ยอดเงินคงเหลือไม่พอสำหรับการถอนครั้งนี้", "The withdrawal is above the balance known on this device"),
    MEMBER_REQUIRED("กรุณาเลือกสมาชิกก่อน", "Choose a member first"),
    APPROVERS_REQUIRED("การถอนเงินต้องมีกรรมการยืนยันสองคน",
            "A withdrawal needs two different committee members in approvedBy"),
    UNKNOWN_ENTRY("ไม่พบรายการที่ต้องการกลับรายการ", "No such ledger entry in this organisation"),
    ALREADY_REVERSED("รายการนี้ถูกกลับรายการไปแล้ว", "That entry has already been reversed"),
    CANNOT_REVERSE_REVERSAL("ไม่สามารถกลับรายการของการกลับรายการได้ ให้บันทึกรายการใหม่แทน",
            "A reversal cannot itself be reversed; record the entry again instead"),
    REASON_REQUIRED("กรุณาระบุเหตุผลในการกลับรายการ", "A reversal needs a reason"),
    OPID_REUSED("รหัสรายการนี้เคยใช้กับข้อมูลอื่นแล้ว", "This opId was already applied with a different payload"),
    ENTITY_CONFLICT("รหัสข้อมูลนี้ถูกใช้กับข้อมูลอื่นแล้ว", "This entityId already belongs to another record"),
    FOREIGN_ORG("ข้อมูลนี้เป็นของ อปท. อื่น", "The payload names another organisation"),
    PRODUCT_NAME_REQUIRED("กรุณาตั้งชื่อผลิตภัณฑ์", "A product needs a name"),
    PRODUCT_KIND_INVALID("กรุณาเลือกประเภทขยะที่ใช้ทำผลิตภัณฑ์", "kind must be WET_ORGANIC or DRY_NON_RECYCLABLE"),
    PRODUCT_STATUS_INVALID("สถานะผลิตภัณฑ์ไม่ถูกต้อง", "status must be IDEA, MAKING or SELLING"),
    PHOTO_INVALID("รูปภาพที่แนบไม่ถูกต้อง", "photos must be at most 12 lower-case hex SHA-256 values"),
    STEP_INVALID("ขั้นตอนต้องเป็น 1 ถึง 5", "step must be 1 to 5"),
    INCOME_MODEL_REQUIRED("กรุณาระบุรูปแบบการสร้างรายได้จากขยะที่เลือก (นอกเหนือจากธนาคารขยะ)",
            "Step 1 needs the income model chosen"),
    PARTICIPANTS_REQUIRED("กรุณาระบุจำนวนผู้เข้าร่วมอบรมหรือศึกษาดูงาน", "Step 2 needs the number of participants"),
    PRODUCT_REQUIRED("กรุณาเลือกผลิตภัณฑ์", "Step 3 needs the product"),
    UNKNOWN_PRODUCT("ไม่พบผลิตภัณฑ์นี้ใน อปท. ของท่าน", "No such product in this organisation"),
    VIDEO_URL_REQUIRED("กรุณาใส่ลิงก์วิดีโอ", "This step needs the video's link"),
    VIDEO_HOST_NOT_ALLOWED("ลิงก์วิดีโอต้องเป็น YouTube, Facebook หรือ TikTok ของ อปท.",
            "The video link must be a YouTube, Facebook or TikTok video"),
    VIDEO_LENGTH_REQUIRED("กรุณาระบุความยาววิดีโอ (วินาที)", "Step 4 needs the video's length in seconds"),
    SCHEME_NAME_REQUIRED("กรุณาตั้งชื่อสวัสดิการ", "A welfare scheme needs a name"),
    WELFARE_TYPE_INVALID("กรุณาเลือกประเภทสวัสดิการ",
            "kind must be FUNERAL, ILLNESS, BIRTH, ELDER, SCHOLARSHIP, DISASTER or OTHER"),
    PAYOUT_RULE_INVALID("กรุณากำหนดเงินที่จ่ายต่อครั้ง หรือต่อวันพร้อมจำนวนวันสูงสุด",
            "payoutRule must be FIXED with payoutAmount, or PER_DAY with payoutAmount and maxDays (1 to 365)"),
    FUNDING_INVALID("กรุณาเลือกแหล่งเงินของกองทุนและจำนวนเงินให้ครบ",
            "funding must be LEVY_PER_EVENT or ANNUAL_FEE with levyAmount, DEPOSIT_SHARE with depositShareBp"
                    + " (1 to 10000), or SALE_MARGIN"),
    ELIGIBILITY_INVALID("เงื่อนไขผู้มีสิทธิ์ไม่ถูกต้อง",
            "minMembershipMonths, minDeposits and depositLookbackMonths must be zero or more (lookback at most 120)"),
    SCHEME_STATUS_INVALID("สถานะสวัสดิการไม่ถูกต้อง", "status must be ACTIVE or PAUSED"),
    UNKNOWN_SCHEME("ไม่พบสวัสดิการนี้ในธนาคารขยะของท่าน", "No such welfare scheme in this organisation"),
    UNKNOWN_CLAIM("ไม่พบคำขอรับสวัสดิการนี้ในธนาคารขยะของท่าน", "No such welfare claim in this organisation"),
    DAYS_REQUIRED("กรุณาระบุจำนวนวันที่นอนโรงพยาบาล (1 ถึง 365 วัน)", "days must be 1 to 365"),
    EVENT_REQUIRED("กรุณาระบุเหตุการณ์ที่หักเงินสมทบ", "A levy run needs its event key and reason"),
    LEVY_BASIS_INVALID("วิธีหักเงินสมทบไม่ถูกต้อง", "basis must be LEVY_PER_EVENT, ANNUAL_FEE or DEPOSIT_SHARE"),
    LEVY_NO_MEMBERS("ยังไม่มีสมาชิกที่จะหักเงินสมทบ", "A levy run needs at least one line"),
    LEVY_TOO_MANY("สมาชิกในการหักเงินสมทบครั้งเดียวมากเกินไป", "A levy run may have at most 5,000 lines"),
    LEVY_MEMBER_REPEATED("สมาชิกคนเดียวกันถูกหักซ้ำในรายการเดียว", "A member appears twice in one levy run"),
    LEVY_ALREADY_RUN("หักเงินสมทบสำหรับเหตุการณ์นี้ไปแล้ว จึงไม่หักซ้ำ",
            "This scheme already has a levy run for this event; nothing was debited again"),
    LEVY_TOTAL_NOT_REVERSIBLE("ยอดรวมที่เข้ากองทุนจากการหักเงินสมทบกลับรายการไม่ได้ ให้กลับรายการของสมาชิกแต่ละคนแทน",
            "The fund side of a levy run is not reversed directly; reverse each member's levy entry instead"),
    CONTRIBUTION_SOURCE_INVALID("กรุณาเลือกแหล่งที่มาของเงิน", "source must be SALE_MARGIN, DONATION or OTHER"),
    WELFARE_APPROVERS_REQUIRED("การจ่ายสวัสดิการหรือหักเงินสมทบต้องมีกรรมการยืนยันสองคน",
            "A welfare payout or levy run needs two different committee members in approvedBy"),
    BUYER_NAME_REQUIRED("กรุณากรอกชื่อผู้รับซื้อ", "A buyer needs a name"),
    BUYER_KIND_INVALID("กรุณาเลือกประเภทผู้รับซื้อ", "kind must be SHOP, COMPANY, LAO_CENTRE or OTHER"),
    BUYER_REQUIRED("กรุณาเลือกผู้รับซื้อก่อน", "Choose a buyer first"),
    UNKNOWN_BUYER("ไม่พบผู้รับซื้อรายนี้ในธนาคารขยะของท่าน กรุณาเพิ่มผู้รับซื้อก่อนบันทึกการขาย",
            "No such buyer in this organisation"),
    SALE_NO_LINES("ยังไม่มีรายการขยะในการขายครั้งนี้", "A sale needs at least one line"),
    SALE_TOO_MANY_LINES("รายการขยะในการขายครั้งเดียวมากเกินไป", "Too many lines in one sale"),
    SALE_WEIGHT_TOO_LARGE("น้ำหนักขายต่อรายการต้องไม่เกิน 20,000 กิโลกรัม", "A sale line may weigh at most 20,000 kg"),
    SALE_PRICE_INVALID("ราคาขายต้องมากกว่าศูนย์และไม่เกิน 10,000 บาทต่อกิโลกรัม",
            "Selling price per kg must be more than zero and at most 10,000 baht"),
    SOLD_BY_REQUIRED("กรุณาระบุชื่อผู้ขาย", "A sale needs who sold it"),
    ADJUST_REASON_INVALID("กรุณาเลือกเหตุผลที่ปรับยอดขยะคงเหลือ",
            "reason must be DRYING, DIRT, RESORTED, DAMAGE or COUNT"),
    ADJUST_GRAMS_INVALID("น้ำหนักที่ปรับต้องไม่เป็นศูนย์และไม่เกิน 20,000 กิโลกรัม",
            "grams must be non-zero and at most 20,000 kg either way"),
    ADJUST_MUST_REDUCE("น้ำหนักที่หายเพราะความชื้น สิ่งสกปรก ความเสียหาย หรือคัดแยกใหม่ ต้องเป็นการลดยอด (ติดลบ)",
            "DRYING, DIRT, DAMAGE and RESORTED take weight away: grams must be negative"),
    ADJUST_TARGET_INVALID("กรุณาเลือกชนิดขยะที่คัดแยกไปเป็น (ต้องไม่ใช่ชนิดเดิม)",
            "RESORTED needs a targetMaterial other than materialCode; other reasons take none"),
    COMMITTEE_NAME_REQUIRED("กรุณากรอกชื่อกรรมการ", "A committee member needs a name"),
    COMMITTEE_ROLE_INVALID("กรุณาเลือกตำแหน่งในคณะกรรมการ",
            "role must be CHAIR, VICE_CHAIR, TREASURER, SECRETARY or MEMBER"),
    COMMITTEE_TERM_INVALID("วันที่พ้นวาระต้องไม่ก่อนวันที่เริ่มวาระ", "to must not be before from"),
    APPROVER_IDS_INVALID("ต้องมีกรรมการยืนยันสองคนจากรายชื่อคณะกรรมการ",
            "approverIds, when present, must hold exactly two roster ids");

    private final String messageTh;
    private final String messageEn;

    ReasonCode(String messageTh, String messageEn) {
        this.messageTh = messageTh;
        this.messageEn = messageEn;
    }

    public String messageTh(String field) {
        return messageTh.contains("%s") ? String.format(messageTh, field == null ? "" : field) : messageTh;
    }

    public String messageEn(String field) {
        return messageEn.contains("%s") ? String.format(messageEn, field == null ? "" : field) : messageEn;
    }
}
