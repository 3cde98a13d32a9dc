package th.wastebank.server.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page the staff member may not see, or that does not exist, or that cannot be rendered, is
 * answered with a whole Thai page with the header and a way back, never a 500 without words, a
 * problem document in a browser, or half a page; the phones' API keeps its problem documents.
 */
@MicronautTest(transactional = false)
class WebProblemPageTest extends ServerTestBase {
    /** What a browser sends when it opens a page. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put(BrokenPageController.ENABLED, "true");
        return p;
    }

    @Test
    void aPageOutsideOnesAreaIsRefusedWithAThaiErrorPage() {
        StaffClient officer = StaffClient.signIn(api(), "DISTRICT", "3609");
        WebSession.Page refused = officer.get("/web/nation");
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("text/html"), refused.header("Content-Type"));
        assertTrue(refused.body().contains("ท่านไม่มีสิทธิ์ดูข้อมูลของพื้นที่นี้"), refused.body());
    }

    @Test
    void anUnknownOrgIsAnswered404WithAPage() {
        WebSession.Page missing = StaffClient.signIn(api(), "NATIONAL", null).get("/web/orgs/NO-SUCH-ORG");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("ไม่พบหน้าที่ต้องการ"), missing.body());
    }

    @Test
    void anAddressUnderWebThatNoPageAnswersIsTheThaiNotFoundPageWithTheHeaderAndAWayBack() {
        StaffClient officer = StaffClient.signIn(api(), "NATIONAL", null).header("Accept", BROWSER_ACCEPT)
                .header("Referer", api().base() + "/web/nation");
        for (String path : List.of("/web/no-such-page", "/web/orgs/XYZ/nothing")) {
            WebSession.Page missing = officer.get(path);
            assertEquals(404, missing.status(), path + ": " + missing.body());
            assertIsAThaiPageWithHeaderAndWayBack(path, missing, "ไม่พบหน้าที่ต้องการ");
            assertTrue(missing.body().contains("id=\"error-back\" class=\"button secondary\" href=\"/web/nation\""),
                    path + " leads back where the reader came from: " + missing.body());
        }
    }

    @Test
    void aWrongMethodOnAPageIsTheThaiPageToo() {
        StaffClient officer = StaffClient.signIn(api(), "NATIONAL", null).header("Accept", BROWSER_ACCEPT);
        WebSession.Page wrong = officer.postForm("/web/nation", Map.of("x", "1"));
        assertEquals(405, wrong.status(), wrong.body());
        assertIsAThaiPageWithHeaderAndWayBack("POST /web/nation", wrong, "ไม่รองรับการเปิดหน้านี้ด้วยวิธีนี้");
        assertTrue(wrong.header("Allow").contains("GET"), wrong.header("Allow"));
    }

    @Test
    void thePhonesApiKeepsProblemDocumentsEvenWhenHtmlIsAskedFor() {
        Api.Response missing = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/no-such-thing"))
                .header("Accept", BROWSER_ACCEPT).GET(), null);
        assertEquals(404, missing.status(), missing.body());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals("not-found", missing.json().get("code"));
        Api.Response wrong = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/sync/pull"))
                .header("Accept", BROWSER_ACCEPT).DELETE(), null);
        assertEquals(405, wrong.status(), wrong.body());
        assertEquals("application/problem+json", wrong.contentType());
        assertEquals("method-not-allowed", wrong.json().get("code"));
    }

    @Test
    void aTemplateThatFailsWhileRenderingGivesAWholeThaiErrorPageAndLogsTheCause() {
        Logger log = (Logger) LoggerFactory.getLogger(RenderedPages.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            StaffClient officer = StaffClient.signIn(api(), "NATIONAL", null).header("Accept", BROWSER_ACCEPT);
            // before pages were rendered first, this request never ended (the headers had gone out with 200)
            WebSession.Page failed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> officer.get("/web/test-broken"));
            assertEquals(500, failed.status(), failed.body());
            assertIsAThaiPageWithHeaderAndWayBack("/web/test-broken", failed,
                    "เซิร์ฟเวอร์ขัดข้องชั่วคราว ไม่สามารถแสดงหน้านี้ได้");
            assertFalse(failed.body().contains("แถวที่ 1"), "nothing of the broken page is sent");
            assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("/web/test-broken")
                    && causes(e).contains("a template expression failed on purpose")), "the cause is logged: " + logged.list);
        } finally {
            log.detachAppender(logged);
        }
    }

    private static String causes(ILoggingEvent e) {
        StringBuilder all = new StringBuilder(e.getFormattedMessage());
        for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            all.append(" | ").append(t.getMessage());
        }
        return all.toString();
    }

    private static void assertIsAThaiPageWithHeaderAndWayBack(String what, WebSession.Page page, String message) {
        String body = page.body();
        assertTrue(page.header("Content-Type").startsWith("text/html"), what + ": " + page.header("Content-Type"));
        assertTrue(body.contains(message), what + " says why in Thai: " + body);
        assertTrue(body.contains("<header class=\"bar\">"), what + " has the header and menu: " + body);
        assertTrue(body.contains("id=\"error-home\""), what + " has a way home: " + body);
        assertTrue(body.strip().endsWith("</html>"), what + " is a whole page: " + body);
    }
}
