package th.wastebank.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;

/**
 * A real client (SQLite store, services, sync engine not started) in a fresh directory, with a
 * screen context that runs everything at once on the test's thread, records where view models
 * navigate and what they tell the user, and speaks Thai.
 */
public final class TestClient implements AutoCloseable {
    public final MutableClock clock = MutableClock.collectionDay();
    public final ClientContext ctx;
    public final Messages messages = new Messages();
    public final RecordingRoutes routes = new RecordingRoutes();
    public final List<String> notices = new ArrayList<>();
    public final ScreenContext screens = new ScreenContext(messages, Async.direct(), routes, notices::add);
    public final Path dir;

    /**
     * @param fallback a JUnit {@code @TempDir}, used when surefire's {@code wastebank.test.dir} is not set
     */
    public TestClient(Path fallback) {
        this.dir = freshDir(fallback);
        this.ctx = new ClientContext(dir, clock, Duration.ofMinutes(5));
    }

    private static Path freshDir(Path fallback) {
        String base = System.getProperty("wastebank.test.dir");
        try {
            if (base == null || base.isBlank()) {
                return fallback;
            }
            Files.createDirectories(Path.of(base));
            return Files.createTempDirectory(Path.of(base), "client-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pairs through the real pairing service with the fake server. */
    public void pairWith(FakeServer server) {
        try {
            ctx.pairing().pair(server.url(), "BYGN-QYRZ", "โทรศัพท์ทดสอบ");
        } catch (ServerException e) {
            throw new IllegalStateException(e);
        }
    }

    public Member member(String name, String houseNo, String village) {
        return ctx.members().register(new MemberService.Draft(name, houseNo, village, null,
                LocalDate.of(2026, 1, 15)));
    }

    /** Sets a price in baht per kilogram from today. */
    public void price(String materialCode, long satangPerKg) {
        ctx.prices().set(materialCode, satangPerKg, today(), null);
    }

    /** The approval step of a form of money leaving an account, as the app builds it. */
    public ApprovalViewModel approval(ReasonCode namesMissing) {
        return new ApprovalViewModel(ctx.committee(), ctx.approvals(), clock, screens, namesMissing);
    }

    public LocalDate today() {
        return LocalDate.of(2026, 11, 23);
    }

    @Override
    public void close() {
        ctx.close();
    }
}
