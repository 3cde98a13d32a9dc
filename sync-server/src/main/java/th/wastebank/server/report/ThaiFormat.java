package th.wastebank.server.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import th.wastebank.money.Money;
import th.wastebank.validation.Dates;

/**
 * How official papers write dates and numbers: full Thai month names, Buddhist-era years, and on
 * request Thai digits (๐–๙), as the DLA's letters do. The dashboard's short forms live in {@code Texts}.
 */
public final class ThaiFormat {
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private final boolean thaiDigits;

    private ThaiFormat(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }

    public static ThaiFormat arabicDigits() {
        return new ThaiFormat(false);
    }

    public static ThaiFormat thaiDigits() {
        return new ThaiFormat(true);
    }

    public static ThaiFormat of(boolean thaiDigits) {
        return new ThaiFormat(thaiDigits);
    }

    /** "23 พฤศจิกายน 2569". */
    public String date(LocalDate day) {
        return day == null ? "" : digits(day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " "
                + Dates.buddhistYear(day.getYear()));
    }

    /** "23/11/2569", for tables. */
    public String shortDate(LocalDate day) {
        return day == null ? "" : digits(day.getDayOfMonth() + "/" + day.getMonthValue() + "/"
                + Dates.buddhistYear(day.getYear()));
    }

    /** "พฤศจิกายน 2569". */
    public String month(YearMonth month) {
        return digits(MONTHS[month.getMonthValue() - 1] + " " + Dates.buddhistYear(month.getYear()));
    }

    public String count(long n) {
        return digits(String.format(Locale.ROOT, "%,d", n));
    }

    /** Kilograms with as many decimals as the grams need: 12.5, 1,234.075, 3. */
    public String kg(long grams) {
        String s = Money.formatKg(grams).replaceAll("0+$", "");
        return digits(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    }

    /** Baht with satang: 1,234.50. */
    public String baht(long satang) {
        return digits(Money.formatBaht(satang));
    }

    /** "4:55" for a video's length in seconds. */
    public String duration(Integer seconds) {
        return seconds == null ? "" : digits(seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60));
    }

    /** Replaces 0–9 by ๐–๙ when this format uses Thai digits. */
    public String digits(String text) {
        if (!thaiDigits || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return out.toString();
    }
}
