package th.wastebank.client.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.validation.Violation;

/**
 * Saving a form off the screen's thread: busy while it runs; then the snackbar says what was saved
 * and the screen goes back, or each refusal is shown in Thai beside its field (the form's general
 * error line for a field it does not show), or the failure is explained there.
 */
public final class FormSave {
    private FormSave() {
    }

    /**
     * @param fieldErrors the error line of each payload field the form shows
     * @param savedText   the snackbar's text for what was saved
     */
    public static <T> void run(ScreenContext ui, BooleanProperty busy, StringProperty error,
                               Map<String, StringProperty> fieldErrors, Callable<T> save, Function<T, String> savedText) {
        busy.set(true);
        ui.async().run(save, saved -> {
            busy.set(false);
            ui.notifier().show(savedText.apply(saved));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            showFailure(ui, failure, fieldErrors, error);
        });
    }

    /**
     * A save that failed: each refusal in the current language beside its payload field (the
     * general error line for a field the form does not show), or the failure explained there.
     */
    public static void showFailure(ScreenContext ui, Exception failure, Map<String, StringProperty> fieldErrors,
                                   StringProperty error) {
        if (failure instanceof Invalid invalid) {
            for (Violation v : invalid.violations()) {
                fieldErrors.getOrDefault(v.field() == null ? "" : v.field(), error)
                        .set(ui.messages().describe(new Invalid(List.of(v))));
            }
        } else {
            error.set(ui.explain(failure));
        }
    }
}
