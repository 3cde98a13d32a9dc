package th.wastebank.server.card;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.cards.MemberCards;
import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.member.MemberNumbers;
import th.wastebank.server.org.Org;
import th.wastebank.server.org.OrgRepository;
import th.wastebank.server.report.Downloads;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/**
 * {@code /web/orgs/{code}/member-cards.pdf}: the อปท.'s sheet of member cards (ADR 0014), the same
 * A4 sheet the phone shares, for the staff who may see the อปท.
 */
@Controller("/web/orgs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MemberCardsController {
    /** The server's Sarabun, which its other PDFs embed too. */
    static final MemberCards.Fonts SARABUN = new MemberCards.Fonts("public/fonts/Sarabun_400Regular.ttf",
            "public/fonts/Sarabun_700Bold.ttf");

    private final OrgRepository orgs;
    private final MemberNumbers numbers;
    private final AuditLog audit;

    public MemberCardsController(OrgRepository orgs, MemberNumbers numbers, AuditLog audit) {
        this.orgs = orgs;
        this.numbers = numbers;
        this.audit = audit;
    }

    @Get("/{code}/member-cards.pdf")
    public HttpResponse<byte[]> cards(HttpRequest<?> request, StaffCaller me, @PathVariable String code) {
        Org org = orgs.findByCode(code).orElseThrow(WebProblem::notFound);
        if (!me.canSeeOrg(org.code(), org.districtCode())) {
            throw WebProblem.forbidden();
        }
        List<MemberCards.Card> cards = numbers.cards(org.id(), LocalDate.now(Dates.THAI)).stream()
                .map(m -> new MemberCards.Card(m.name(), m.written())).toList();
        byte[] pdf = MemberCards.pdf(org.nameTh(), cards, SARABUN);
        audit.record(me.id(), me.username(), "MEMBER_CARDS_PDF_EXPORTED", org.code(), cards.size() + " cards",
                WebAuth.clientAddress(request));
        return Downloads.file(pdf, Downloads.PDF, "member-cards-" + org.code() + ".pdf");
    }
}
