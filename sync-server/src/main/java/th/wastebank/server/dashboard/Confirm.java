package th.wastebank.server.dashboard;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.web.Page;

/**
 * The step before an action that cannot be taken back (revoking a phone, disabling an account): a
 * page that says what will happen, with the danger-styled button that posts the same form again with
 * {@code confirmed=yes}, and a way back. It needs no script, so it works under the page's policy.
 */
final class Confirm {
    private Confirm() {
    }

    static ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffCaller me, String title, String text,
                                                  String button, String action, String back) {
        return Page.of("confirm", request, me, Map.of("title", title, "text", text, "button", button,
                "action", action, "back", back, "path", back.replaceFirst("#.*", "")));
    }
}
