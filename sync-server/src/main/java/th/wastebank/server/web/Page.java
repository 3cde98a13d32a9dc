package th.wastebank.server.web;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.staff.StaffCaller;

/**
 * A dashboard page's model: the template, the reader's words and formats, who is signed in, and the
 * page's data. {@code path} (where the language switch returns to) is the request's, unless a page
 * shown in answer to a form names its own address.
 */
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
        model.putIfAbsent("path", request.getPath());
        return new ModelAndView<>(view, model);
    }
}
