package th.wastebank.server.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import th.wastebank.json.CanonicalJson;

/**
 * A staff member's browser, for tests of the dashboard: the account is made through the operator
 * API and signed in through the real sign-in form by a {@link WebSession}, which then carries the
 * session cookie on every request. Redirects are not followed, so a test sees them.
 */
public final class StaffClient {
    public static final String PASSWORD = "a-long-test-password";

    private final WebSession web;
    private final String username;

    private StaffClient(WebSession web, String username) {
        this.web = web;
        this.username = username;
    }

    /**
     * Creates a staff account ({@code role} ORG, DISTRICT, PROVINCE or NATIONAL, {@code scope} its
     * code) and signs it in.
     */
    public static StaffClient signIn(Api api, String role, String scope) {
        String username = "staff-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "เจ้าหน้าที่ทดสอบ " + role);
        body.put("password", PASSWORD);
        body.put("role", role);
        if (scope != null) {
            body.put("scope", scope);
        }
        Api.Response created = api.post("/api/v1/admin/staff", CanonicalJson.write(body), api.adminToken());
        if (created.status() != 201) {
            throw new AssertionError("staff account: " + created.status() + " " + created.body());
        }
        WebSession web = new WebSession(api.base());
        web.signInOk(username, PASSWORD);
        return new StaffClient(web, username);
    }

    public String username() {
        return username;
    }

    /** Sends this header with every later request of this staff member's browser. */
    public StaffClient header(String name, String value) {
        web.header(name, value);
        return this;
    }

    public WebSession.Page get(String path) {
        return web.get(path);
    }

    /** Posts a form as it is given (add {@code _csrf} yourself, or leave it out to test the refusal). */
    public WebSession.Page postForm(String path, Map<String, String> fields) {
        return web.post(path, fields);
    }

    /** The session's CSRF token, as a dashboard page ({@code pagePath}) carries it. */
    public String csrf(String pagePath) {
        WebSession.Page page = get(pagePath);
        if (page.status() != 200) {
            throw new AssertionError(pagePath + ": " + page.status());
        }
        return page.csrf();
    }
}
