package th.wastebank.server.report;

import java.time.Clock;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/**
 * "ครบทุกอำเภอ": for a month (by default this one), which districts of a province have filed the
 * best-practice form, with ๑.๒–๑.๕ side by side and the video ({@code /web/reports/best-practice-districts/{province}},
 * also as XLSX), and for national staff each province's count ({@code /web/reports/best-practice-districts}, also
 * as XLSX at {@code .../xlsx}).
 */
@Controller("/web/reports/best-practice-districts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BestPracticeDistrictsController {
    /** The month picker offers this many months back from this one. */
    static final int MONTHS = 12;
    private final BestPracticeDistricts districts;
    private final AuditLog audit;
    private final Clock clock;

    public BestPracticeDistrictsController(BestPracticeDistricts districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    public ModelAndView<Map<String, Object>> nation(HttpRequest<?> request, StaffCaller me,
                                                    @QueryValue @Nullable String month) {
        if (!me.canSeeArea(null)) {
            throw WebProblem.forbidden();
        }
        YearMonth m = month(month);
        List<BestPracticeDistricts.ProvinceCount> provinces = districts.nation(m);
        Map<String, Object> data = monthData(request, m);
        data.put("provinces", provinces);
        data.put("filed", provinces.stream().mapToLong(BestPracticeDistricts.ProvinceCount::filed).sum());
        data.put("total", provinces.stream().mapToLong(BestPracticeDistricts.ProvinceCount::districts).sum());
        data.put("complete", provinces.stream().filter(BestPracticeDistricts.ProvinceCount::complete).count());
        return Page.of("best-practice-nation", request, me, data);
    }

    @Get("/xlsx")
    public HttpResponse<byte[]> nationXlsx(HttpRequest<?> request, StaffCaller me, @QueryValue @Nullable String month) {
        if (!me.canSeeArea(null)) {
            throw WebProblem.forbidden();
        }
        YearMonth m = month(month);
        byte[] xlsx = BestPracticeDistrictsXlsx.renderNation(m, districts.nation(m),
                LocalDate.now(clock.withZone(Dates.THAI)));
        audit.record(me.id(), me.username(), "BEST_PRACTICE_DISTRICTS_XLSX_EXPORTED", "TH", "month=" + m,
                WebAuth.clientAddress(request));
        return Downloads.file(xlsx, Downloads.XLSX, "best-practice-districts-TH-" + m + ".xlsx");
    }

    @Get("/{province}")
    public ModelAndView<Map<String, Object>> province(HttpRequest<?> request, StaffCaller me,
                                                      @PathVariable String province,
                                                      @QueryValue @Nullable String month) {
        BestPracticeDistricts.Province p = select(me, province, month);
        Map<String, Object> data = monthData(request, p.month());
        data.put("province", p);
        data.put("dueLabel", p.due() == null ? null : Texts.of(request).date(p.due().dueOn()));
        data.put("canSetDue", me.role() == StaffRole.PROVINCE);
        return Page.of("best-practice-districts", request, me, data);
    }

    @Get("/{province}/xlsx")
    public HttpResponse<byte[]> xlsx(HttpRequest<?> request, StaffCaller me, @PathVariable String province,
                                     @QueryValue @Nullable String month) {
        BestPracticeDistricts.Province p = select(me, province, month);
        byte[] xlsx = BestPracticeDistrictsXlsx.render(p, LocalDate.now(clock.withZone(Dates.THAI)));
        audit.record(me.id(), me.username(), "BEST_PRACTICE_DISTRICTS_XLSX_EXPORTED", p.code(), "month=" + p.month(),
                WebAuth.clientAddress(request));
        return Downloads.file(xlsx, Downloads.XLSX, "best-practice-districts-" + p.code() + "-" + p.month() + ".xlsx");
    }

    /**
     * The province officer sets the district best-practice video's due date (audited as
     * {@code BEST_PRACTICE_DUE_SET}); only the province's own officer: national staff see it, the
     * districts see it on their form. A date that is not one is refused on the page in Thai.
     */
    @Post("/{province}/due")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> setDue(HttpRequest<?> request, StaffCaller signedIn, @PathVariable String province,
                                  @Body Map<String, String> form) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, form.get(WebAuth.CSRF_FIELD));
        BestPracticeDistricts.Province p = select(me, province, form.get("month"));
        if (me.role() != StaffRole.PROVINCE) {
            throw WebProblem.forbidden();
        }
        LocalDate due;
        try {
            due = LocalDate.parse(String.valueOf(form.get("due")).strip());
        } catch (DateTimeParseException e) {
            throw new WebProblem(HttpStatus.BAD_REQUEST, "bpd.error.due");
        }
        if (due.getYear() < 2000 || due.getYear() > 2100) {
            throw new WebProblem(HttpStatus.BAD_REQUEST, "bpd.error.due");
        }
        districts.setDue(p.code(), due, me.username(), audit.entry(me.id(), me.username(), "BEST_PRACTICE_DUE_SET",
                p.code(), "due=" + due, WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/reports/best-practice-districts/" + p.code() + "?month="
                + p.month()));
    }

    /** The province asked for: not found for a code that names none, 403 outside the caller's scope. */
    private BestPracticeDistricts.Province select(StaffCaller me, String code, @Nullable String month) {
        if (!code.matches("[0-9]{2}")) {
            throw WebProblem.notFound();
        }
        if (!me.canSeeProvince(code)) {
            throw WebProblem.forbidden();
        }
        YearMonth m = month(month);
        return districts.province(code, m).orElseThrow(WebProblem::notFound);
    }

    /** The month asked for, by default this one (a district files the month it is in); never a later one. */
    private YearMonth month(@Nullable String text) {
        return text == null || text.isBlank() ? YearMonth.now(clock.withZone(Dates.THAI)) : ReportMonth.parse(text, clock);
    }

    /** The month shown and the months to choose from, named in Thai with the Buddhist-era year. */
    private Map<String, Object> monthData(HttpRequest<?> request, YearMonth month) {
        Texts t = Texts.of(request);
        YearMonth now = YearMonth.now(clock.withZone(Dates.THAI));
        List<Map<String, String>> choices = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            choices.add(choice(t, now.minusMonths(i)));
        }
        if (month.isBefore(now.minusMonths(MONTHS - 1))) {
            choices.add(choice(t, month));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("month", month.toString());
        data.put("monthLabel", label(t, month));
        data.put("months", choices);
        data.put("fmt2", ThaiFormat.arabicDigits());
        return data;
    }

    private static Map<String, String> choice(Texts t, YearMonth m) {
        return Map.of("value", m.toString(), "label", label(t, m));
    }

    private static String label(Texts t, YearMonth m) {
        return t.isThai() ? ThaiFormat.arabicDigits().month(m)
                : m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
