package th.wastebank.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import th.wastebank.money.Money;
import th.wastebank.server.place.PlaceNames;
import th.wastebank.validation.Dates;

/**
 * The dashboard's words and formats in the reader's language: Thai by default, English by choice
 * ({@code ?lang=en}, remembered in a cookie). Dates are Buddhist-era in Thai, money in baht.
 */
public final class Texts {
    public static final String COOKIE = "wb_lang";
    private static final String[] MONTHS_TH = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final boolean thai;
    private final Map<String, String> words;

    private Texts(boolean thai) {
        this.thai = thai;
        ResourceBundle bundle = ResourceBundle.getBundle("web.messages", thai ? Locale.forLanguageTag("th") : Locale.ENGLISH);
        Map<String, String> w = new HashMap<>();
        bundle.keySet().forEach(k -> w.put(k, bundle.getString(k)));
        this.words = w;
    }

    private static final Texts THAI = new Texts(true);
    private static final Texts ENGLISH = new Texts(false);

    public static Texts of(HttpRequest<?> request) {
        String lang = request.getParameters().get("lang");
        if (lang == null) {
            lang = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("th");
        }
        return "en".equals(lang) ? ENGLISH : THAI;
    }

    public static Texts thai() {
        return THAI;
    }

    public boolean isThai() {
        return thai;
    }

    public String lang() {
        return thai ? "th" : "en";
    }

    /** The words for templates: {@code ${t['nation.title']}}. */
    public Map<String, String> words() {
        return words;
    }

    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    public String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        return thai ? day.getDayOfMonth() + " " + MONTHS_TH[day.getMonthValue() - 1] + " "
                + Dates.buddhistYear(day.getYear())
                : day.getDayOfMonth() + " " + MONTHS_EN[day.getMonthValue() - 1] + " " + day.getYear();
    }

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, Dates.THAI);
        return date(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }

    /** "พ.ย. 69" / "Nov 2026", for chart labels. */
    public String month(YearMonth m) {
        return thai ? MONTHS_TH[m.getMonthValue() - 1] + " " + (Dates.buddhistYear(m.getYear()) % 100)
                : MONTHS_EN[m.getMonthValue() - 1] + " " + m.getYear();
    }

    public String baht(long satang) {
        return Money.formatBaht(satang);
    }

    public String kg(long grams) {
        return Money.formatKg(grams);
    }

    /** Every count on every page: with thousands separators, "7,451". */
    public String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "จังหวัดชัยภูมิ" (or "กรุงเทพมหานคร"); in English "Province ชัยภูมิ". */
    public String province(String nameTh) {
        return thai ? PlaceNames.province(nameTh) : get("area.province") + " " + nameTh;
    }

    /** "อำเภอเทพสถิต" (or Bangkok's "เขตพระนคร"); in English "District เทพสถิต". */
    public String district(String nameTh) {
        return thai ? PlaceNames.district(nameTh) : get("area.district") + " " + nameTh;
    }

    public String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** "ต.ค. 2569" / "Oct 2026": a month with its whole (Buddhist-era in Thai) year. */
    public String monthYear(YearMonth m) {
        return thai ? MONTHS_TH[m.getMonthValue() - 1] + " " + Dates.buddhistYear(m.getYear())
                : MONTHS_EN[m.getMonthValue() - 1] + " " + m.getYear();
    }
}
