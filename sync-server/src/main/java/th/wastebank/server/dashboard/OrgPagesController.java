package th.wastebank.server.dashboard;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.auth.Pairing;
import th.wastebank.server.ledger.MemberPassbook;
import th.wastebank.server.photo.PhotoPages;
import th.wastebank.server.photo.Photos;
import th.wastebank.server.product.Products;
import th.wastebank.server.progress.ProgressQueries;
import th.wastebank.server.progress.ProgressRows;
import th.wastebank.server.publicpage.Publication;
import th.wastebank.server.review.ReviewQueue;
import th.wastebank.server.rollup.MonthlyTotals;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.server.welfare.WelfareQueries;
import th.wastebank.validation.Dates;

/**
 * One อปท.'s page: its waste bank's figures, its products with their photos, its video and steps,
 * its phones and pairing codes, and its review queue. Staff see it when it lies in their area;
 * phones are managed by the อปท.'s own staff and by national administrators.
 */
@Controller("/web/orgs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrgPagesController {
    private final DashboardQueries queries;
    private final ProgressQueries progress;
    private final Pairing pairing;
    private final Photos photos;
    private final ReviewQueue reviews;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final WelfareQueries welfare;
    private final FlagSentences sentences;
    private final MemberPassbook passbooks;
    private final MonthlyTotals totals;
    private final Products products;
    private final ProgressRows progressRows;
    private final OrgSales sales;
    private final OrgYear year;
    private final Publication publication;

    public OrgPagesController(DashboardQueries queries, ProgressQueries progress, Pairing pairing,
                              Photos photos, ReviewQueue reviews, AuditLog audit, JsonMapper json, Clock clock,
                              WelfareQueries welfare, FlagSentences sentences, MemberPassbook passbooks,
                              MonthlyTotals totals, Products products, ProgressRows progressRows, OrgSales sales,
                              OrgYear year, Publication publication) {
        this.queries = queries;
        this.progress = progress;
        this.pairing = pairing;
        this.photos = photos;
        this.reviews = reviews;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.welfare = welfare;
        this.sentences = sentences;
        this.passbooks = passbooks;
        this.totals = totals;
        this.products = products;
        this.progressRows = progressRows;
        this.sales = sales;
        this.year = year;
        this.publication = publication;
    }

    @Get("/{code}")
    public ModelAndView<Map<String, Object>> org(HttpRequest<?> request, StaffCaller me, @PathVariable String code) {
        return page(request, me, visible(me, code), null);
    }

    @Post("/{code}/pairing-codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public ModelAndView<Map<String, Object>> createPairingCode(HttpRequest<?> request, StaffCaller signedIn,
                                                               @PathVariable String code,
                                                               @Nullable String _csrf) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, _csrf);
        DashboardQueries.OrgHeader org = manageable(me, code);
        Pairing.PairingCode created = pairing.createCode(org.code(), audit.entry(me.id(), me.username(),
                "PAIRING_CODE_CREATED", org.code(), null, WebAuth.clientAddress(request)));
        return page(request, me, org, created);
    }

    /**
     * Revoking a phone cannot be undone (it must be paired again): the first post only shows what
     * will happen and asks to confirm; the confirming form posts again with {@code confirmed=yes}.
     */
    @Post("/{code}/devices/{deviceId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(HttpRequest<?> request, StaffCaller signedIn,
                                  @PathVariable String code, @PathVariable UUID deviceId,
                                  @Nullable String confirmed, @Nullable String _csrf) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, _csrf);
        DashboardQueries.OrgHeader org = manageable(me, code);
        if (!"yes".equals(confirmed)) {
            Pairing.DeviceInfo device = pairing.devices(org.code()).stream().filter(d -> d.deviceId().equals(deviceId))
                    .findFirst().orElseThrow(WebProblem::notFound);
            Texts t = Texts.of(request);
            return HttpResponse.ok(Confirm.page(request, me, t.get("confirm.revoke.title"),
                    t.get("confirm.revoke.text").replace("{0}", device.name()), t.get("org.device.revoke"),
                    "/web/orgs/" + org.code() + "/devices/" + deviceId + "/revoke",
                    "/web/orgs/" + org.code() + "#devices"));
        }
        pairing.revoke(org.code(), deviceId, audit.entry(me.id(), me.username(), "DEVICE_REVOKED", org.code(),
                deviceId.toString(), WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/orgs/" + org.code() + "#devices"));
    }

    /**
     * Switches the อปท.'s public page on ({@code published=yes}) or off (ADR 0023): allowed to whoever
     * manages the อปท.'s phones, audited in the same transaction.
     */
    @Post("/{code}/public-page")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> publish(HttpRequest<?> request, StaffCaller signedIn, @PathVariable String code,
                                   @Nullable String published, @Nullable String _csrf) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, _csrf);
        DashboardQueries.OrgHeader org = manageable(me, code);
        boolean on = "yes".equals(published);
        publication.set(org.id(), on, me.username(), audit.entry(me.id(), me.username(),
                on ? "PUBLIC_PAGE_ON" : "PUBLIC_PAGE_OFF", org.code(), null, WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/orgs/" + org.code() + "#public-page"));
    }

    @Get("/{code}/photos/{sha256}")
    public HttpResponse<StreamedFile> photo(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                            @PathVariable String sha256, @QueryValue @Nullable String variant) {
        return PhotoPages.image(photos, visible(me, code).id(), sha256, "thumb".equals(variant));
    }

    @Get("/{code}/review")
    public ModelAndView<Map<String, Object>> review(HttpRequest<?> request, StaffCaller me, @PathVariable String code) {
        return reviewPage(request, me, visible(me, code), Map.of(), Map.of());
    }

    @Post("/{code}/review/{flagId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resolve(HttpRequest<?> request, StaffCaller signedIn,
                                   @PathVariable String code, @PathVariable long flagId,
                                   @Nullable String note, @Nullable String _csrf) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, _csrf);
        DashboardQueries.OrgHeader org = visible(me, code);
        String text = note == null ? "" : note.strip();
        if (text.length() > ReviewQueue.MAX_NOTE) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST).body(reviewPage(
                    request, me, org, Map.of(flagId, "review.error.noteTooLong"), Map.of(flagId, text)));
        }
        if (!reviews.resolve(org.id(), flagId, me.username(), text, audit.entry(me.id(), me.username(),
                "REVIEW_RESOLVED", org.code(), flagId + ": " + text, WebAuth.clientAddress(request)))) {
            throw WebProblem.notFound();
        }
        return HttpResponse.seeOther(URI.create("/web/orgs/" + org.code() + "/review"));
    }

    /** The review queue, with a message beside a flag whose note was refused and the note as typed. */
    private ModelAndView<Map<String, Object>> reviewPage(HttpRequest<?> request, StaffCaller me,
                                                         DashboardQueries.OrgHeader org, Map<Long, String> errors,
                                                         Map<Long, String> typed) {
        return Page.of("review", request, me, Map.of("org", org,
                "flags", sentences.words(org.id(), reviews.open(org.id()), Texts.of(request)), "errors", errors,
                "typed", typed, "maxNote", ReviewQueue.MAX_NOTE));
    }

    /** A member's entries with the running balance, for an officer checking a flag. */
    @Get("/{code}/members/{memberId}")
    public ModelAndView<Map<String, Object>> member(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                                    @PathVariable UUID memberId) {
        DashboardQueries.OrgHeader org = visible(me, code);
        MemberPassbook.Passbook book = passbooks.of(org.id(), memberId).orElseThrow(WebProblem::notFound);
        return Page.of("member", request, me, Map.of("org", org, "book", book));
    }

    private DashboardQueries.OrgHeader visible(StaffCaller me, String code) {
        DashboardQueries.OrgHeader org = queries.org(code).orElseThrow(WebProblem::notFound);
        if (!me.canSeeOrg(org.code(), org.districtCode())) {
            throw WebProblem.forbidden();
        }
        return org;
    }

    private DashboardQueries.OrgHeader manageable(StaffCaller me, String code) {
        DashboardQueries.OrgHeader org = visible(me, code);
        if (me.role() != StaffRole.NATIONAL && me.role() != StaffRole.ORG) {
            throw WebProblem.forbidden();
        }
        return org;
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffCaller me,
                                                   DashboardQueries.OrgHeader org, Pairing.PairingCode newCode) {
        Texts t = Texts.of(request);
        YearMonth thisMonth = YearMonth.now(clock.withZone(Dates.THAI));
        List<MonthlyTotals.Month> months = totals.orgMonths(org.id(), thisMonth.minusMonths(MonthlyChart.MONTHS - 1));
        MonthlyTotals.Month current = months.stream().filter(m -> m.month().equals(thisMonth)).findFirst()
                .orElse(new MonthlyTotals.Month(thisMonth, 0, 0, 0, 0));
        Map<String, Object> data = new HashMap<>();
        data.put("org", org);
        data.put("bank", queries.bank(org.id(), LocalDate.now(clock.withZone(Dates.THAI))));
        data.put("villages", queries.villages(org.id(), LocalDate.now(clock.withZone(Dates.THAI))));
        data.put("current", current);
        data.put("monthly", MonthlyChart.json(json, t, months, thisMonth));
        data.put("monthlyHasData", MonthlyChart.hasData(months));
        List<Products.Product> productList = products.of(org.id(), this::photoList);
        java.util.function.Predicate<String> held = sha -> photos.find(org.id(), sha).isPresent();
        List<ProgressRows.Milestone> milestones = progressRows.milestones(org.id());
        List<Pairing.DeviceInfo> devices = pairing.devices(org.code());
        data.put("products", productList);
        data.put("held", held);
        ProgressQueries.OrgProgress standing = progress.org(org.code()).orElseThrow(WebProblem::notFound);
        data.put("progress", standing);
        ProgressQueries.RoundSummary round = progress.roundSummary(standing.districtCode(),
                AreaPagesController.ROUND_LIST_LIMIT);
        data.put("round", round);
        data.put("roundStatus", standing.steps().get(4) != null ? "DONE"
                : round.notReported().stream().anyMatch(o -> o.code().equals(org.code())) ? "NOT_REPORTED" : "REPORTED");
        data.put("milestones", milestones);
        data.put("evidence", StepEvidence.of(milestones, productList, devices, held, json));
        data.put("devices", devices);
        data.put("canManage", me.role() == StaffRole.NATIONAL || me.role() == StaffRole.ORG);
        data.put("flags", reviews.open(org.id()).size());
        data.put("welfare", welfare.summary(org.id()));
        data.put("sales", sales.of(org.id(), thisMonth));
        data.put("fiscal", year.of(org.id(), LocalDate.now(clock.withZone(Dates.THAI))));
        data.put("newCode", newCode);
        data.put("published", publication.published(org.id()));
        data.put("path", "/web/orgs/" + org.code());
        return Page.of("org", request, me, data);
    }

    private List<String> photoList(String stored) {
        return Products.photoIds(json, stored);
    }
}
