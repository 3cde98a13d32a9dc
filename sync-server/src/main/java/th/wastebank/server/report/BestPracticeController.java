package th.wastebank.server.report;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/**
 * {@code /web/reports/best-practice/{district}}: the district's best-practice waste-bank form for a
 * month and a model อปท. of the district, Part 1 filled from the ledger, Parts 2–3 written and saved
 * here, and the filled form as PDF or spreadsheet. Only for staff whose area holds the district.
 */
@Controller("/web/reports/best-practice")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BestPracticeController {
    private final BestPracticeReports reports;
    private final BestPracticeDistricts districts;
    private final AuditLog audit;
    private final Clock clock;

    public BestPracticeController(BestPracticeReports reports, BestPracticeDistricts districts, AuditLog audit,
                                  Clock clock) {
        this.reports = reports;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a request is about, once checked: a district the caller may see, a month, maybe a model อปท. */
    private record Selection(BestPracticeReport.District district, YearMonth month,
                             List<BestPracticeReport.OrgChoice> orgs, Optional<BestPracticeReport.OrgChoice> org,
                             Optional<BestPracticeReports.Saved> saved) {
        String query() {
            return "month=" + month + org.map(o -> "&org=" + o.code()).orElse("");
        }
    }

    @Get("/{district}")
    public HttpResponse<?> form(HttpRequest<?> request, StaffCaller me, @PathVariable String district,
                                                  @QueryValue @Nullable String month, @QueryValue @Nullable String org) {
        Selection s = select(me, district, month, org);
        Optional<BestPracticeReport> report = s.org().map(o -> reports.fill(s.district(), s.month(), o, s.saved()));
        Map<String, String> values = new HashMap<>(report.map(BestPracticeReport::answers).orElse(Map.of()));
        Map<String, String> fields = new HashMap<>();
        values.forEach((k, v) -> fields.put(BestPracticeForm.field(k), v));
        report.ifPresent(r -> fields.put(BestPracticeForm.field(BestPracticeForm.WELFARE_KEY), r.welfare()));
        report.map(BestPracticeReport::videoUrl).ifPresent(v -> fields.put("videoUrl", v));
        return page(request, me, s, report, fields, Map.of(), HttpStatus.OK);
    }

    @Post("/{district}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, StaffCaller signedIn,
                                @PathVariable String district, @Body Map<String, String> form) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, form.get(WebAuth.CSRF_FIELD));
        Selection s = select(me, district, form.get("month"), form.get("org"));
        BestPracticeReport.OrgChoice org = s.org().orElseThrow(() -> new WebProblem(HttpStatus.BAD_REQUEST,
                "bp.error.org"));
        BestPracticeReports.Edit edit = reports.check(form);
        if (!edit.valid()) {
            BestPracticeReport report = reports.fill(s.district(), s.month(), org, s.saved());
            return page(request, me, s, Optional.of(report), form, edit.errors(), HttpStatus.BAD_REQUEST);
        }
        reports.save(s.district().code(), s.month(), org.id(), edit, me.username(), audit.entry(me.id(),
                me.username(), "BEST_PRACTICE_SAVED", s.district().code(), s.query(), WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/reports/best-practice/" + s.district().code() + "?" + s.query()
                + "&saved=1"));
    }

    @Get("/{district}/pdf")
    public HttpResponse<byte[]> pdf(HttpRequest<?> request, StaffCaller me, @PathVariable String district,
                                    @QueryValue @Nullable String month, @QueryValue @Nullable String org,
                                    @QueryValue @Nullable String digits) {
        Selection s = select(me, district, month, org);
        BestPracticeReport report = filled(s);
        byte[] pdf = BestPracticePdf.render(report, ThaiFormat.of("th".equals(digits)), today());
        audit.record(me.id(), me.username(), "BEST_PRACTICE_PDF_EXPORTED", s.district().code(), s.query(),
                WebAuth.clientAddress(request));
        return Downloads.file(pdf, Downloads.PDF, fileName(s, "pdf"));
    }

    @Get("/{district}/xlsx")
    public HttpResponse<byte[]> xlsx(HttpRequest<?> request, StaffCaller me, @PathVariable String district,
                                     @QueryValue @Nullable String month, @QueryValue @Nullable String org) {
        Selection s = select(me, district, month, org);
        byte[] xlsx = BestPracticeXlsx.render(filled(s), today());
        audit.record(me.id(), me.username(), "BEST_PRACTICE_XLSX_EXPORTED", s.district().code(), s.query(),
                WebAuth.clientAddress(request));
        return Downloads.file(xlsx, Downloads.XLSX, fileName(s, "xlsx"));
    }

    private Selection select(StaffCaller me, String districtCode, @Nullable String month, @Nullable String orgCode) {
        if (!districtCode.matches("[0-9]{4}")) {
            throw WebProblem.notFound();
        }
        if (!me.canSeeDistrict(districtCode)) {
            throw WebProblem.forbidden();
        }
        BestPracticeReport.District district = reports.district(districtCode).orElseThrow(WebProblem::notFound);
        YearMonth m = month(month);
        List<BestPracticeReport.OrgChoice> orgs = reports.orgs(districtCode);
        Optional<BestPracticeReports.Saved> saved = reports.saved(districtCode, m);
        String wanted = orgCode == null || orgCode.isBlank() ? saved.map(BestPracticeReports.Saved::orgCode).orElse(null)
                : orgCode.strip();
        Optional<BestPracticeReport.OrgChoice> org = Optional.empty();
        if (wanted != null) {
            org = Optional.of(orgs.stream().filter(o -> o.code().equals(wanted)).findFirst()
                    .orElseThrow(WebProblem::notFound));
        }
        return new Selection(district, m, orgs, org, saved);
    }

    private BestPracticeReport filled(Selection s) {
        BestPracticeReport.OrgChoice org = s.org().orElseThrow(() -> new WebProblem(HttpStatus.BAD_REQUEST,
                "bp.error.org"));
        return reports.fill(s.district(), s.month(), org, s.saved());
    }

    /** The month asked for; by default the last whole month, which is what a monthly figure means. */
    private YearMonth month(@Nullable String text) {
        return ReportMonth.parse(text, clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    private static String fileName(Selection s, String extension) {
        return "best-practice-" + s.district().code() + "-" + s.month() + s.org().map(o -> "-" + o.code()).orElse("")
                + "." + extension;
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request, StaffCaller me, Selection s,
                                                                 Optional<BestPracticeReport> report,
                                                                 Map<String, String> fields, Map<String, String> errors,
                                                                 HttpStatus status) {
        Texts t = Texts.of(request);
        ThaiFormat fmt = ThaiFormat.arabicDigits();
        Map<String, Object> data = new HashMap<>();
        data.put("district", s.district());
        data.put("month", s.month().toString());
        data.put("monthLabel", t.isThai() ? fmt.month(s.month())
                : s.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + s.month().getYear());
        data.put("orgs", s.orgs());
        data.put("org", s.org().orElse(null));
        data.put("report", report.orElse(null));
        data.put("part1", report.map(r -> Map.of("villages", fmt.count(r.part1().villages()),
                "members", fmt.count(r.part1().members()), "kg", fmt.kg(r.part1().grams()),
                "baht", fmt.baht(r.part1().satang()), "note", r.part1().note())).orElse(Map.of()));
        data.put("sections", BestPracticeForm.PART2_SECTIONS);
        data.put("fields", fields);
        data.put("errors", errors);
        data.put("maxAnswer", BestPracticeReports.MAX_ANSWER);
        data.put("savedFor", s.saved().filter(sv -> s.org().map(o -> o.id() != sv.orgId()).orElse(false))
                .flatMap(sv -> s.orgs().stream().filter(o -> o.id() == sv.orgId()).findFirst())
                .map(BestPracticeReport.OrgChoice::nameTh).orElse(null));
        data.put("savedAt", report.filter(BestPracticeReport::saved).map(r -> t.dateTime(r.updatedAt())).orElse(null));
        data.put("savedNow", request.getParameters().contains("saved"));
        data.put("query", s.query());
        data.put("logos", DistrictVideoChecklist.Logo.values());
        data.put("ck", Map.of("presenter", BestPracticeForm.field(DistrictVideoChecklist.PRESENTER_KEY),
                "length", BestPracticeForm.field(DistrictVideoChecklist.LENGTH_KEY),
                "fileName", BestPracticeForm.field(DistrictVideoChecklist.FILE_NAME_KEY),
                "topRight", BestPracticeForm.field(DistrictVideoChecklist.TOP_RIGHT_KEY)));
        data.put("unmet", report.map(BestPracticeReport::videoUnmet).orElse(null));
        Optional<BestPracticeDistricts.Due> due = districts.due(s.district().provinceCode());
        data.put("due", due.map(d -> t.date(d.dueOn())).orElse(null));
        data.put("late", due.map(d -> BestPracticeDistricts.late(d.dueOn(), report.filter(BestPracticeReport::saved)
                .map(BestPracticeReport::updatedAt).orElse(null), today())).orElse(false));
        data.put("form", Map.ofEntries(Map.entry("title", BestPracticeForm.TITLE),
                Map.entry("part1", BestPracticeForm.PART1), Map.entry("i11", BestPracticeForm.ITEM_1_1),
                Map.entry("i11d", BestPracticeForm.ITEM_1_1_DISTRICT), Map.entry("i12", BestPracticeForm.ITEM_1_2),
                Map.entry("i13", BestPracticeForm.ITEM_1_3), Map.entry("i14", BestPracticeForm.ITEM_1_4),
                Map.entry("i15", BestPracticeForm.ITEM_1_5), Map.entry("i16", BestPracticeForm.ITEM_1_6),
                Map.entry("places", BestPracticeForm.UNIT_PLACES), Map.entry("people", BestPracticeForm.UNIT_PEOPLE),
                Map.entry("kg", BestPracticeForm.UNIT_KG), Map.entry("baht", BestPracticeForm.UNIT_BAHT),
                Map.entry("part2", BestPracticeForm.PART2),
                Map.entry("part3", BestPracticeForm.PART3), Map.entry("part3item", BestPracticeForm.PART3_ITEM),
                Map.entry("welfareField", BestPracticeForm.field(BestPracticeForm.WELFARE_KEY))));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(Page.of("best-practice", request, me,
                data));
    }
}
