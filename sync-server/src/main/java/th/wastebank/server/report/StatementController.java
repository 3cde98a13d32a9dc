package th.wastebank.server.report;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.org.Org;
import th.wastebank.server.org.OrgRepository;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.statement.BankBookReads;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.statement.MonthlyStatement;
import th.wastebank.statement.MonthlyStatements;
import th.wastebank.statement.doc.StatementPdf;
import th.wastebank.statement.doc.StatementText;
import th.wastebank.statement.doc.StatementXlsx;
import th.wastebank.validation.Dates;

/**
 * {@code /web/orgs/{code}/statement/pdf|xlsx?month=2026-10}: the committee's monthly statement of an
 * อปท.'s bank, for staff whose area holds the อปท. (as its page), each download in the audit log.
 * The figures are shared-model's and the drawing is the statement-doc module's, as on the phone.
 */
@Controller("/web/orgs/{code}/statement")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatementController {
    private final BankBookReads books;
    private final OrgRepository orgs;
    private final AuditLog audit;
    private final Clock clock;

    public StatementController(BankBookReads books, OrgRepository orgs, AuditLog audit, Clock clock) {
        this.books = books;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    @Get("/pdf")
    public HttpResponse<byte[]> pdf(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                    @QueryValue @Nullable String month) {
        MonthlyStatement s = statement(me, code, month);
        byte[] pdf = StatementPdf.render(s, today());
        audit.record(me.id(), me.username(), "STATEMENT_PDF_EXPORTED", code, s.month().toString(),
                WebAuth.clientAddress(request));
        return Downloads.file(pdf, Downloads.PDF, StatementText.fileName(s, "pdf"));
    }

    @Get("/xlsx")
    public HttpResponse<byte[]> xlsx(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                     @QueryValue @Nullable String month) {
        MonthlyStatement s = statement(me, code, month);
        byte[] xlsx = StatementXlsx.render(s, today());
        audit.record(me.id(), me.username(), "STATEMENT_XLSX_EXPORTED", code, s.month().toString(),
                WebAuth.clientAddress(request));
        return Downloads.file(xlsx, Downloads.XLSX, StatementText.fileName(s, "xlsx"));
    }

    private MonthlyStatement statement(StaffCaller me, String code, @Nullable String month) {
        Org org = orgs.findByCode(code).orElseThrow(WebProblem::notFound);
        if (!me.canSeeOrg(org.code(), org.districtCode())) {
            throw WebProblem.forbidden();
        }
        return MonthlyStatements.of(books.of(org.id(), "ธนาคารขยะ " + org.nameTh()), ReportMonth.parse(month, clock));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }
}
