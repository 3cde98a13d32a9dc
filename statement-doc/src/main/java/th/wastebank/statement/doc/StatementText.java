package th.wastebank.statement.doc;

import java.time.LocalDate;
import java.time.YearMonth;

import th.wastebank.money.Money;
import th.wastebank.statement.MonthlyStatement;

/** The statement's words and its Buddhist-era dates, the same in the PDF and the spreadsheet. */
public final class StatementText {
    public static final String TITLE = "รายงานประจำเดือนของคณะกรรมการธนาคารขยะ";
    public static final String BALANCES = "๑. ยอดเงินฝากของสมาชิก ณ สิ้นเดือน";
    public static final String DEPOSITS = "๒. การรับฝากขยะในเดือน";
    public static final String SALES = "๓. การขายขยะให้ผู้รับซื้อ";
    public static final String STOCK = "๔. ขยะคงเหลือ ณ สิ้นเดือน";
    public static final String MARGIN = "๕. ส่วนต่างจากการขาย";
    public static final String FUND = "๖. กองทุนสวัสดิการ";
    public static final String TOTAL = "รวม";
    public static final String NONE = "ไม่มีรายการ";

    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private StatementText() {
    }

    /** {@code ตุลาคม 2569}. */
    public static String month(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1] + " " + (m.getYear() + 543);
    }

    /** {@code 31 ตุลาคม 2569}. */
    public static String date(LocalDate day) {
        return day.getDayOfMonth() + " " + month(YearMonth.from(day));
    }

    public static String subtitle(MonthlyStatement s) {
        return s.bankName() + "  ประจำเดือน " + month(s.month()) + "  (ยอด ณ วันที่ " + date(s.monthEnd()) + ")";
    }

    public static String printed(LocalDate printedOn) {
        return "จัดทำจากระบบธนาคารขยะ เมื่อวันที่ " + date(printedOn);
    }

    public static String baht(long satang) {
        return Money.formatBaht(satang);
    }

    public static String kg(long grams) {
        return Money.formatKg(grams);
    }

    /** A file name in ASCII: {@code statement-2026-10.pdf}. */
    public static String fileName(MonthlyStatement s, String extension) {
        return "statement-" + s.month() + "." + extension;
    }
}
