package th.wastebank.server.web;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

/**
 * A test-only page whose template throws after thousands of rows, as a template with a mistake
 * would: exists only where a test sets {@code wb.test.broken-page}.
 */
@Requires(property = BrokenPageController.ENABLED, value = "true")
@Controller("/web/test-broken")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BrokenPageController {
    static final String ENABLED = "wb.test.broken-page";
    static final int ROWS = 5_000;

    private final WebAuth webAuth;

    public BrokenPageController(WebAuth webAuth) {
        this.webAuth = webAuth;
    }

    @Get
    public ModelAndView<Map<String, Object>> broken(HttpRequest<?> request) {
        return Page.of("test-broken", request, webAuth.require(request), Map.of("rows", ROWS, "bomb", new Bomb()));
    }

    /** What the template calls last. */
    public static final class Bomb {
        public String explode() {
            throw new IllegalStateException("a template expression failed on purpose");
        }
    }
}
