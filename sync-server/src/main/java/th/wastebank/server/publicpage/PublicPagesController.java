package th.wastebank.server.publicpage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.auth.ClientAddress;
import th.wastebank.server.auth.RequestBudget;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.member.Members;
import th.wastebank.server.photo.PhotoPages;
import th.wastebank.server.photo.Photos;
import th.wastebank.server.product.Products;
import th.wastebank.server.progress.ProgressQueries;
import th.wastebank.server.rollup.MonthlyTotals;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/**
 * The public pages (ADR 0023), without sign-in: an อปท.'s page at {@code /p/{orgCode}} and its
 * province's at {@code /p/province/{code}}, only for อปท. whose officer switched the page on
 * ({@link Publication}); any other address is the Thai "not found" page. They show the products with
 * their photos and story, the video's link, and the bank's members and kilograms by month, never a
 * member's name nor anyone's money. The photos served are only those of a published อปท.'s products.
 * No session is read or made; each client address has its own budget of pages a minute, as sign-in
 * and pairing are limited per address.
 */
@Controller("/p")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicPagesController {
    /**
     * A page may be stored but is asked for again each time it is shown, so switching it off hides it
     * at once; a photo (its address names its content) may be kept ten minutes.
     */
    static final String PAGE_CACHE = "public, no-cache";
    static final String PHOTO_CACHE = "public, max-age=600";
    static final int MONTHS = 12;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Publication publication;
    private final Members members;
    private final MonthlyTotals totals;
    private final Products products;
    private final Photos photos;
    private final ProgressQueries progress;
    private final JsonMapper json;
    private final Clock clock;
    private final WbSettings settings;
    private final RequestBudget budget;

    public PublicPagesController(Publication publication, Members members, MonthlyTotals totals, Products products,
                                 Photos photos, ProgressQueries progress, JsonMapper json, Clock clock,
                                 WbSettings settings) {
        this.publication = publication;
        this.members = members;
        this.totals = totals;
        this.products = products;
        this.photos = photos;
        this.progress = progress;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.budget = RequestBudget.perMinute(settings.getPublicRequestsPerMinute());
    }

    /** A product as the public sees it: no price, no producer, only photos the อปท. holds. */
    public record PublicProduct(String name, String materials, String story, List<String> photos) {
    }

    /** One month's kilograms, as text for the page. */
    public record MonthKg(String month, String kg, long grams) {
    }

    /** An อปท. on its province's page. */
    public record Listed(Publication.PublishedOrg org, long members, String kgYear, List<PublicProduct> products) {
    }

    /** What a link preview shows (Open Graph); every address absolute. */
    public record Preview(String title, String description, String image, String url) {
    }

    @Get("/{code}")
    public HttpResponse<ModelAndView<Map<String, Object>>> org(HttpRequest<?> request, @PathVariable String code) {
        spend(request);
        Publication.PublishedOrg org = publication.org(code).orElseThrow(WebProblem::notFound);
        Texts t = Texts.thai();
        String base = base(request);
        List<PublicProduct> productList = productsOf(org);
        List<MonthKg> months = months(org.id(), t);
        long memberCount = memberCount(org.id());
        String video = progress.org(org.code()).map(ProgressQueries.OrgProgress::videoUrl).orElse(null);
        String where = t.district(org.districtTh()) + " " + t.province(org.provinceTh());
        String description = t.get("public.org.description").replace("{0}", t.count(memberCount))
                .replace("{1}", months.get(months.size() - 1).kg()) + (productList.isEmpty() ? ""
                : " · " + t.get("public.product") + " " + productList.get(0).name());
        Map<String, Object> data = new HashMap<>();
        data.put("org", org);
        data.put("where", where);
        data.put("products", productList);
        data.put("months", months);
        data.put("members", memberCount);
        data.put("video", video);
        data.put("og", new Preview(org.nameTh() + " · " + t.get("public.bank"), where + " · " + description,
                image(base, org.code(), productList), base + "/p/" + org.code()));
        return page("public-org", t, data);
    }

    @Get("/province/{code}")
    public HttpResponse<ModelAndView<Map<String, Object>>> province(HttpRequest<?> request,
                                                                     @PathVariable String code) {
        spend(request);
        String nameTh = publication.provinceTh(code).orElseThrow(WebProblem::notFound);
        List<Publication.PublishedOrg> orgs = publication.inProvince(code);
        if (orgs.isEmpty()) {
            throw WebProblem.notFound();
        }
        Texts t = Texts.thai();
        String base = base(request);
        List<Listed> listed = orgs.stream().map(o -> {
            List<MonthKg> months = months(o.id(), t);
            long grams = months.stream().mapToLong(MonthKg::grams).sum();
            return new Listed(o, memberCount(o.id()), t.kg(grams), productsOf(o));
        }).toList();
        Listed first = listed.stream().filter(l -> !l.products().isEmpty() && !l.products().get(0).photos().isEmpty())
                .findFirst().orElse(listed.get(0));
        Map<String, Object> data = new HashMap<>();
        data.put("provinceTh", t.province(nameTh));
        data.put("orgs", listed);
        data.put("og", new Preview(t.get("public.province.title").replace("{0}", t.province(nameTh)),
                t.get("public.province.description").replace("{0}", t.count(listed.size())),
                image(base, first.org().code(), first.products()), base + "/p/province/" + code));
        return page("public-province", t, data);
    }

    @Get("/{code}/photos/{sha256}")
    public HttpResponse<StreamedFile> photo(HttpRequest<?> request, @PathVariable String code,
                                            @PathVariable String sha256) {
        return photo(request, code, sha256, false);
    }

    @Get("/{code}/photos/{sha256}/thumb")
    public HttpResponse<StreamedFile> thumb(HttpRequest<?> request, @PathVariable String code,
                                            @PathVariable String sha256) {
        return photo(request, code, sha256, true);
    }

    /** Only a photo of a published อปท.'s product; any other (a meeting's, another org's) is not found. */
    private HttpResponse<StreamedFile> photo(HttpRequest<?> request, String code, String sha256, boolean thumb) {
        spend(request);
        if (!SHA.matcher(sha256).matches()) {
            throw WebProblem.notFound();
        }
        Publication.PublishedOrg org = publication.org(code).orElseThrow(WebProblem::notFound);
        boolean ofAProduct = productsOf(org).stream().anyMatch(p -> p.photos().contains(sha256));
        if (!ofAProduct) {
            throw WebProblem.notFound();
        }
        return PhotoPages.image(photos, org.id(), sha256, thumb).header("Cache-Control", PHOTO_CACHE);
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(String view, Texts t, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("t", t.words());
        model.put("fmt", t);
        model.put("lang", t.lang());
        return HttpResponse.ok(new ModelAndView<>(view, model)).header("Cache-Control", PAGE_CACHE);
    }

    private void spend(HttpRequest<?> request) {
        if (budget.take(ClientAddress.limiterKey(request)) != null) {
            throw new WebProblem(HttpStatus.TOO_MANY_REQUESTS, "error.tooMany");
        }
    }

    /** The products with only the photos the อปท. holds (a photo still uploading is left out). */
    private List<PublicProduct> productsOf(Publication.PublishedOrg org) {
        return products.of(org.id(), stored -> Products.photoIds(json, stored)).stream()
                .map(p -> new PublicProduct(p.name(), p.materials(), p.story(), p.photos().stream()
                        .filter(sha -> SHA.matcher(sha).matches() && photos.find(org.id(), sha).isPresent()).toList()))
                .toList();
    }

    /** Members active today, counted as the official form and the dashboard count them. */
    private long memberCount(long orgId) {
        return members.countsActiveOn(orgId, LocalDate.now(clock.withZone(Dates.THAI))).members();
    }

    /** The last twelve months' kilograms from the month roll-ups the dashboard's chart reads. */
    private List<MonthKg> months(long orgId, Texts t) {
        YearMonth thisMonth = YearMonth.now(clock.withZone(Dates.THAI));
        List<MonthlyTotals.Month> rows = totals.orgMonths(orgId, thisMonth.minusMonths(MONTHS - 1));
        return MonthlyTotals.lastMonths(rows, thisMonth, MONTHS).stream()
                .map(m -> new MonthKg(t.monthYear(m.month()), t.kg(m.grams()), m.grams())).toList();
    }

    /** The first product photo's thumbnail, else the site's own picture. */
    private static String image(String base, String orgCode, List<PublicProduct> products) {
        return products.stream().flatMap(p -> p.photos().stream()).findFirst()
                .map(sha -> base + "/p/" + orgCode + "/photos/" + sha + "/thumb")
                .orElse(base + "/static/og-default.png");
    }

    /** The server's address as the public reaches it: the setting, else the request's scheme and Host. */
    private String base(HttpRequest<?> request) {
        if (!settings.getPublicUrl().isEmpty()) {
            return settings.getPublicUrl();
        }
        String host = request.getHeaders().get("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        return (ClientAddress.overHttps(request) ? "https" : "http") + "://" + host;
    }
}
