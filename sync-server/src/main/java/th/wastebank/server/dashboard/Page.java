package th.wastebank.server.dashboard;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.staff.StaffCaller;

/** A dashboard page's model: the template, the reader's words and formats, who is signed in, and the page's data. */
public final class Page {
    private Page() {
    }

    public static ModelAndView<Map<String, Object>> of(String view, HttpRequest<?> request, StaffCaller caller,
                                                 Map<String, Object> data) {
        Texts t = Texts.of(request);
        Map<String, Object> model = new HashMap<>(data);
        model.put("t", t.words());
        model.put("fmt", t);
        model.put("lang", t.lang());
        model.put("me", caller);
        model.put("csrf", caller.csrfToken());
        model.put("path", request.getPath());
        return new ModelAndView<>(view, model);
    }
}
