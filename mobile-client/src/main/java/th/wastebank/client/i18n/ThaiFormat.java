package th.wastebank.client.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import th.wastebank.money.Money;
import th.wastebank.validation.Dates;

/**
 * How numbers, money, weights and dates read on screen. In Thai, dates are in the Buddhist era
 * with Thai month abbreviations ("23 พ.ย. 2569") and times end in "น."; in English, dates are
 * Gregorian ("23 Nov 2026"). Thai digits (๐–๙) are an option for every number shown. Money goes
 * through the shared {@link Money} so the phone prints exactly what the server computes.
 */
public final class ThaiFormat {
    private static final String[] THAI_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] ENGLISH_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    private final boolean thai;
    private final boolean thaiDigits;

    public ThaiFormat(boolean thai, boolean thaiDigits) {
        this.thai = thai;
        this.thaiDigits = thaiDigits;
    }

    public boolean thai() {
        return thai;
    }

    public boolean thaiDigits() {
        return thaiDigits;
    }

    /** "23 พ.ย. 2569" (Buddhist era) or "23 Nov 2026". */
    public String date(LocalDate day) {
        int month = day.getMonthValue() - 1;
        String text = thai
                ? day.getDayOfMonth() + " " + THAI_MONTHS[month] + " " + Dates.buddhistYear(day.getYear())
                : day.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + day.getYear();
        return digits(text);
    }

    /** "พ.ย. 2569" (Buddhist era) or "Nov 2026". */
    public String month(YearMonth month) {
        int m = month.getMonthValue() - 1;
        return digits(thai ? THAI_MONTHS[m] + " " + Dates.buddhistYear(month.getYear())
                : ENGLISH_MONTHS[m] + " " + month.getYear());
    }

    /** "23 พ.ย. 2569 09:05 น." in Thai time. */
    public String dateTime(Instant at) {
        return date(LocalDate.ofInstant(at, Dates.THAI)) + " " + time(at);
    }

    /** "09:05 น." or "09:05", in Thai time. */
    public String time(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, Dates.THAI);
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
        return digits(thai ? hhmm + " น." : hhmm);
    }

    /** The time alone when {@code at} falls on {@code today}, else date and time. */
    public String moment(Instant at, LocalDate today) {
        return LocalDate.ofInstant(at, Dates.THAI).equals(today) ? time(at) : dateTime(at);
    }

    /** "1,234.50 บาท". */
    public String baht(long satang) {
        return bahtAmount(satang) + (thai ? " บาท" : " baht");
    }

    /** "1,234.50", for large numerals with the unit beside them. */
    public String bahtAmount(long satang) {
        return digits(Money.formatBaht(satang));
    }

    /** "8.00 บาท/กก.": a price per kilogram in satang. */
    public String pricePerKg(long satangPerKg) {
        return bahtAmount(satangPerKg) + (thai ? " บาท/กก." : " baht/kg");
    }

    /** "2.500 กก.". */
    public String kg(long grams) {
        return kgAmount(grams) + (thai ? " กก." : " kg");
    }

    /** "2.500". */
    public String kgAmount(long grams) {
        return digits(Money.formatKg(grams));
    }

    /** A count with thousands separators: "1,234". */
    public String number(long n) {
        return digits(String.format(Locale.ROOT, "%,d", n));
    }

    /** Arabic digits turned into Thai digits when that option is on; other text is left alone. */
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
