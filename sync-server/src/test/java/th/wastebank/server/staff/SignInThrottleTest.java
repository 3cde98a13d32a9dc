package th.wastebank.server.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Db;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing against the sign-in form as it comes from the internet, each "client" a
 * different address behind a trusted reverse proxy (the test's own loopback): what one address
 * can do to a name, what many can, and that names that do not exist are answered alike.
 */
@MicronautTest(transactional = false)
class SignInThrottleTest extends ServerTestBase {
    private static final String PASSWORD = "the-right-password-2569";
    private static final String WRONG = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง";
    private static final String LOCKED = "บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้งจากเครือข่ายนี้";
    private static final String SLOWED = "มีการพยายามเข้าสู่ระบบด้วยชื่อนี้หรือจากเครือข่ายนี้ถี่เกินไป";
    private static final Pattern ERROR = Pattern.compile("id=\"signin-error\">([^<]*)<");

    @Override
    public Map<String, String> getProperties() {
        return trustingLoopback(super.getProperties());
    }

    /** A browser at {@code address}, reaching us through the trusted proxy. */
    private WebSession from(String address) {
        return new WebSession(server.getURI().toString()).header("X-Forwarded-For", address);
    }

    @Test
    void aFloodOfWrongPasswordsFromOneAddressLocksOnlyThatAddressOutAndTheOfficerSignsInFromAnother() {
        api().createStaff("flood.target", "เจ้าหน้าที่ที่ถูกเดารหัส", PASSWORD, "NATIONAL", null);
        WebSession guesser = from("203.0.113.7");
        List<WebSession.Page> answers = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            answers.add(guesser.signIn("flood.target", "wrong-password-" + i));
        }

        for (int i = 0; i < 4; i++) {
            assertEquals(401, answers.get(i).status());
            assertEquals(WRONG, error(answers.get(i)));
        }
        assertEquals(401, answers.get(4).status(), "the fifth wrong password is checked, and locks");
        assertTrue(error(answers.get(4)).startsWith(LOCKED), error(answers.get(4)));
        for (WebSession.Page refused : answers.subList(5, 30)) {
            assertEquals(429, refused.status());
            assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
            assertTrue(error(refused).startsWith(LOCKED) || error(refused).startsWith(SLOWED), error(refused));
        }
        assertTrue(error(answers.get(29)).startsWith(SLOWED), "past 20 from one address, the address waits");
        assertEquals(429, guesser.signIn("flood.target", PASSWORD).status(), "the right password, from the guesser");

        from("198.51.100.20").signInOk("flood.target", PASSWORD);

        assertEquals(5, Db.count("SELECT failures FROM sign_in_throttle WHERE username = 'flood.target'"
                + " AND client = '203.0.113.7'"), "five checked, every one counted");
        assertEquals(4, Db.count("SELECT COUNT(*) FROM audit_log WHERE username = 'flood.target'"
                + " AND action = 'SIGN_IN_REFUSED' AND ip = '203.0.113.7'"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_log WHERE username = 'flood.target'"
                + " AND action LIKE 'SIGN_IN_%' AND ip <> '203.0.113.7'"), "every refusal shows the guesser's address");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE username = 'flood.target'"
                + " AND action = 'SIGN_IN' AND ip = '198.51.100.20'"), "the sign-in shows the officer's address");
    }

    @Test
    void wrongPasswordsSentAtOnceAreCountedOneByOne() throws Exception {
        api().createStaff("at.once", "เดาพร้อมกัน", PASSWORD, "NATIONAL", null);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String password = "wrong-at-once-" + i;
            guesses.add(() -> from("203.0.113.50").signIn("at.once", password).status());
        }

        List<Integer> statuses = Parallel.all(guesses);

        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), "only five were checked: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429 || s == 503), statuses.toString());
        assertEquals(5, Db.count("SELECT failures FROM sign_in_throttle WHERE username = 'at.once'"
                + " AND client = '203.0.113.50'"));
    }

    @Test
    void aNameThatDoesNotExistIsAnsweredLockedAndTimedLikeOneThatDoes() {
        api().createStaff("real.name", "ชื่อที่มีอยู่จริง", PASSWORD, "NATIONAL", null);
        long bcrypt = bcryptNanos();
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        WebSession one = from("203.0.113.81");
        WebSession other = from("203.0.113.82");
        for (int i = 1; i <= 7; i++) {
            known.add(outcome(one.signIn("real.name", "wrong-password-" + i)));
            long start = System.nanoTime();
            WebSession.Page answer = other.signIn("no.such.name", "wrong-password-" + i);
            long took = System.nanoTime() - start;
            unknown.add(outcome(answer));
            if (i < 6) {
                assertTrue(took >= bcrypt / 2, "an unknown name's password is checked too: " + took / 1_000_000
                        + " ms against bcrypt's " + bcrypt / 1_000_000 + " ms");
            }
        }

        assertEquals(known, unknown);
        assertEquals(List.of("401 " + WRONG, "401 " + WRONG, "401 " + WRONG, "401 " + WRONG, "401 " + LOCKED,
                "429 " + LOCKED, "429 " + LOCKED), known);
    }

    @Test
    void guessesFromManyAddressesSlowTheNameDownAndTheOfficerGetsInOnceTheWaitIsOver() throws Exception {
        api().createStaff("many.guessers", "ถูกเดาจากหลายที่", PASSWORD, "NATIONAL", null);
        WebSession.Page slowed = null;
        int attempt = 0;
        while (slowed == null && attempt < 16) {
            attempt++;
            WebSession.Page answer = from("198.18.0." + attempt).signIn("many.guessers", "wrong-password-" + attempt);
            if (attempt <= 10) {
                assertEquals(401, answer.status(), "the first ten, from ten addresses, are all checked");
            } else if (answer.status() == 429) {
                slowed = answer;
            }
        }

        assertTrue(slowed != null, "the name was slowed down");
        assertTrue(error(slowed).startsWith(SLOWED), error(slowed));
        long wait = Long.parseLong(slowed.header("Retry-After"));
        assertTrue(wait >= 1 && wait <= 300, "Retry-After " + wait);
        assertFalse(Db.count("SELECT COUNT(*) FROM sign_in_throttle WHERE username = 'many.guessers'"
                + " AND client <> '*' AND locked_until IS NOT NULL") > 0, "no address is locked out");

        Thread.sleep(wait * 1000 + 200);
        from("192.0.2.44").signInOk("many.guessers", PASSWORD);
    }

    private static String outcome(WebSession.Page page) {
        String error = error(page);
        String kind = error.startsWith(LOCKED) ? LOCKED : error.startsWith(SLOWED) ? SLOWED : error;
        return page.status() + " " + kind;
    }

    private static String error(WebSession.Page page) {
        Matcher m = ERROR.matcher(page.body());
        return m.find() ? m.group(1) : "(no message) " + page.status();
    }

    /** One bcrypt check at the server's cost, timed here (the server runs in this JVM). */
    private static long bcryptNanos() {
        byte[] hash = BCrypt.withDefaults().hash(12, "x".toCharArray());
        long start = System.nanoTime();
        BCrypt.verifyer().verify("y".toCharArray(), hash);
        return System.nanoTime() - start;
    }
}
