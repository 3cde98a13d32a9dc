package th.wastebank.server.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With one sign-in checked at a time and one waiting ({@code WB_SIGN_IN_QUEUE=1}), sign-ins beyond
 * that are answered 503 at once with a Thai page and a {@code Retry-After}, and the desk serves the
 * next officer as soon as it is free.
 */
@MicronautTest(transactional = false)
class SignInBusyTest extends ServerTestBase {
    private static final String PASSWORD = "the-right-password-2569";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(trustingLoopback(super.getProperties()));
        p.put("wb.sign-in-threads", "1");
        p.put("wb.sign-in-queue", "1");
        return p;
    }

    @Test
    void signInsBeyondTheQueueAreAnswered503WithAThaiPageAndTheDeskServesTheNextOfficer() throws Exception {
        api().createStaff("busy.desk", "โต๊ะเต็ม", PASSWORD, "NATIONAL", null);
        List<Callable<WebSession.Page>> crowd = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            WebSession web = new WebSession(server.getURI().toString()).header("X-Forwarded-For", "198.51.100." + i);
            String name = "crowd." + i;
            crowd.add(() -> web.signIn(name, "wrong-password"));
        }

        List<WebSession.Page> answers = Parallel.all(crowd);

        List<WebSession.Page> busy = answers.stream().filter(a -> a.status() == 503).toList();
        assertTrue(busy.size() >= 5, "at most two checked at once or waiting: "
                + answers.stream().map(WebSession.Page::status).toList());
        for (WebSession.Page page : busy) {
            assertTrue(page.body().contains("ขณะนี้มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก"), page.body());
            assertTrue(Long.parseLong(page.header("Retry-After")) >= 1);
        }
        assertTrue(answers.stream().allMatch(a -> a.status() == 503 || a.status() == 401));
        new WebSession(server.getURI().toString()).header("X-Forwarded-For", "192.0.2.99").signInOk("busy.desk",
                PASSWORD);
    }
}
