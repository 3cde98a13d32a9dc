package th.wastebank.server.api;

import java.sql.SQLException;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

import th.wastebank.server.db.TxConflict;
import th.wastebank.server.db.TxRetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change the database kept refusing for clashing with others (Galera certification, deadlocks) is
 * answered 503 {@code database-busy} with Retry-After and a Thai sentence, never a 500: the phone
 * keeps its outbox and sends the push again.
 */
class DatabaseBusyTest {
    private final DatabaseUnavailableHandler handler = new DatabaseUnavailableHandler(null);

    @Test
    void aChangeRefusedOnEveryTryIsAnswered503WithRetryAfterInThai() {
        TxConflict conflict = new TxConflict(TxRetry.ATTEMPTS, TxRetry.Reason.CONFLICT,
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        HttpResponse<?> r = handler.handle(HttpRequest.POST("/api/v1/sync/push", "{}"), conflict);
        assertEquals(503, r.getStatus().getCode());
        assertEquals("2", r.getHeaders().get("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getContentType().map(MediaType::toString).orElse(""));
        Problem problem = (Problem) r.body();
        assertEquals("database-busy", problem.code());
        assertTrue(problem.detailTh().contains("ยังไม่มีการบันทึก"), problem.detailTh());
    }

    @Test
    void anOfficersBrowserGetsTheThaiPage() {
        TxConflict conflict = new TxConflict(TxRetry.ATTEMPTS, TxRetry.Reason.LOCK_WAIT_TIMEOUT,
                new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        HttpResponse<?> r = handler.handle(HttpRequest.POST("/staff/accounts/7/unlock", "")
                .accept(MediaType.TEXT_HTML_TYPE), new IllegalStateException(conflict));
        assertEquals(503, r.getStatus().getCode());
        assertTrue(String.valueOf(r.body()).contains("ยังไม่มีการบันทึกสิ่งใด"));
    }
}
