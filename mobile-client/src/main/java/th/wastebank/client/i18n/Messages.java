package th.wastebank.client.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.sync.ServerException;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * The app's texts in the chosen language, from the bundle {@value #BUNDLE} (Thai by default,
 * English in {@code messages_en}). The language and the Thai-digits option change at run time:
 * texts obtained through {@link #text} and {@link #formatted} are bindings that follow them, so a
 * screen never has to be rebuilt. Uses javafx.beans only, so view models can use it in tests
 * without the JavaFX toolkit.
 */
public final class Messages {
    public static final String BUNDLE = "th.wastebank.client.i18n.messages";
    public static final String THAI = "th";
    public static final String ENGLISH = "en";

    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(THAI);
    private final ReadOnlyObjectWrapper<ThaiFormat> format = new ReadOnlyObjectWrapper<>(new ThaiFormat(true, false));
    private ResourceBundle bundle = load(THAI);

    public Messages() {
    }

    public Messages(String language, boolean thaiDigits) {
        setLanguage(language);
        setThaiDigits(thaiDigits);
    }

    /** "th" or "en"; anything else is taken as Thai. */
    public static String normalise(String language) {
        return ENGLISH.equals(language) ? ENGLISH : THAI;
    }

    public void setLanguage(String newLanguage) {
        String lang = normalise(newLanguage);
        if (lang.equals(language.get())) {
            return;
        }
        bundle = load(lang);
        language.set(lang);
        format.set(new ThaiFormat(THAI.equals(lang), format.get().thaiDigits()));
    }

    public void setThaiDigits(boolean on) {
        if (on != format.get().thaiDigits()) {
            format.set(new ThaiFormat(format.get().thai(), on));
        }
    }

    public String language() {
        return language.get();
    }

    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public boolean thai() {
        return THAI.equals(language.get());
    }

    public ThaiFormat format() {
        return format.get();
    }

    public ReadOnlyObjectProperty<ThaiFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args}; the key itself when missing. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof ObservableValue<?> o ? o.getValue() : args[i];
            text = text.replace("{" + i + "}", arg == null ? "" : String.valueOf(arg));
        }
        return text;
    }

    /** {@link #get} as a binding that follows the language and any observable argument. */
    public StringBinding text(String key, Object... args) {
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(language);
        dependencies.add(format);
        for (Object arg : args) {
            if (arg instanceof Observable o) {
                dependencies.add(o);
            }
        }
        return Bindings.createStringBinding(() -> get(key, args), dependencies.toArray(Observable[]::new));
    }

    /** A value shown through the current format (money, weight, date…); empty while the value is null. */
    public <T> StringBinding formatted(ObservableValue<T> value, BiFunction<ThaiFormat, T, String> how) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? "" : how.apply(format.get(), value.getValue()),
                value, format);
    }

    /** A fixed value shown through the current format, following language and digit changes. */
    public <T> StringBinding show(T value, BiFunction<ThaiFormat, T, String> how) {
        return Bindings.createStringBinding(() -> value == null ? "" : how.apply(format.get(), value), format);
    }

    /** A rule's message in the current language, without a field name. */
    public String reason(ReasonCode code) {
        return thai() ? code.messageTh(null) : code.messageEn(null);
    }

    /** A rule's message in the current language, naming the field (already translated) where it has a place for it. */
    public String reason(ReasonCode code, String fieldLabel) {
        return thai() ? code.messageTh(fieldLabel) : code.messageEn(fieldLabel);
    }

    /** What a refused input means, one line per broken rule. */
    public String describe(Invalid invalid) {
        if (thai()) {
            return invalid.messageTh();
        }
        return invalid.violations().stream().map(Violation::messageEn).distinct().collect(Collectors.joining("\n"));
    }

    /**
     * What went wrong with the server. In Thai the server's own sentence is the best one; in
     * English a sentence of our own for the problem's code or for the kind of failure.
     */
    public String describe(ServerException e) {
        if (thai()) {
            return e.messageTh();
        }
        if (e.code() != null && bundle.containsKey("server.problem." + e.code())) {
            return get("server.problem." + e.code());
        }
        return get("server.kind." + e.kind().name());
    }

    private static ResourceBundle load(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
