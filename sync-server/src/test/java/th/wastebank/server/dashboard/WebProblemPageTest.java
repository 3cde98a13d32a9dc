package th.wastebank.server.dashboard;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page the staff member may not see, or that does not exist, is answered with an error page, not a 500. */
@MicronautTest(transactional = false)
class WebProblemPageTest extends ServerTestBase {

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
}
