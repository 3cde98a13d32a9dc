package th.wastebank.server.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.staff.StaffCaller;
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
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BankBookReads books;
    private final AuditLog audit;
    private final Clock clock;

    public StatementController(BankBookReads books, AuditLog audit, Clock clock) {
        this.books = books;
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
        return file(pdf, PDF, StatementText.fileName(s, "pdf"));
    }

    @Get("/xlsx")
    public HttpResponse<byte[]> xlsx(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                     @QueryValue @Nullable String month) {
        MonthlyStatement s = statement(me, code, month);
        byte[] xlsx = StatementXlsx.render(s, today());
        audit.record(me.id(), me.username(), "STATEMENT_XLSX_EXPORTED", code, s.month().toString(),
                WebAuth.clientAddress(request));
        return file(xlsx, XLSX, StatementText.fileName(s, "xlsx"));
    }

    private MonthlyStatement statement(StaffCaller me, String code, @Nullable String month) {
        BankBookReads.Org org = books.org(code).orElseThrow(WebProblem::notFound);
        if (!me.canSeeOrg(org.code(), org.districtCode())) {
            throw WebProblem.forbidden();
        }
        return MonthlyStatements.of(books.of(org.id(), "ธนาคารขยะ " + org.nameTh()), month(month));
    }

    /** The month asked for, this month or before; by default the last whole month. */
    private YearMonth month(@Nullable String text) {
        YearMonth thisMonth = YearMonth.now(clock.withZone(Dates.THAI));
        if (text == null || text.isBlank()) {
            return thisMonth.minusMonths(1);
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.isAfter(thisMonth) || m.getYear() < 2000) {
                throw new WebProblem(HttpStatus.BAD_REQUEST, "bp.error.month");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new WebProblem(HttpStatus.BAD_REQUEST, "bp.error.month");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    private static HttpResponse<byte[]> file(byte[] bytes, String contentType, String fileName) {
        return HttpResponse.ok(bytes).contentType(MediaType.of(contentType))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }
}
