package th.wastebank.client.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleLongProperty;

import org.junit.jupiter.api.Test;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.sync.ServerException;
import th.wastebank.validation.ReasonCode;

class MessagesTest {
    @Test
    void thaiIsTheDefaultEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("ธนาคารขยะ", new Messages().get("app.name"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void switchingLanguageUpdatesBoundTexts() {
        Messages m = new Messages();
        SimpleLongProperty count = new SimpleLongProperty(3);
        StringBinding text = m.text("badge.pending", count);
        assertEquals("รอส่ง 3", text.get());

        m.setLanguage("en");
        assertEquals("3 to send", text.get());

        count.set(4);
        assertEquals("4 to send", text.get());
    }

    @Test
    void formattedValuesFollowTheThaiDigitsOption() {
        Messages m = new Messages();
        StringBinding amount = m.formatted(new SimpleLongProperty(2000), (f, v) -> f.baht(v.longValue()));
        assertEquals("20.00 บาท", amount.get());

        m.setThaiDigits(true);

        assertEquals("๒๐.๐๐ บาท", amount.get());
    }

    @Test
    void everyTextExistsInBothLanguages() throws IOException {
        Set<String> thai = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> onlyThai = new TreeSet<>(thai);
        onlyThai.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(thai);
        onlyEnglish.removeIf(k -> k.startsWith("server.problem."));
        assertEquals(Set.of(), onlyThai, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in Thai");
    }

    @Test
    void refusedInputIsDescribedInTheChosenLanguage() {
        Messages m = new Messages();
        Invalid invalid = Invalid.of(ReasonCode.WEIGHT_NOT_POSITIVE, "grams");
        assertEquals("น้ำหนักต้องมากกว่าศูนย์", m.describe(invalid));
        m.setLanguage("en");
        assertEquals("Weight must be more than zero grams", m.describe(invalid));
    }

    @Test
    void serverProblemsKeepTheServersThaiSentence() {
        Messages m = new Messages();
        ServerException used = new ServerException(ServerException.Kind.REFUSED, "pairing-code-used",
                "รหัสจับคู่นี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่", "HTTP 410", null);
        assertEquals("รหัสจับคู่นี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่", m.describe(used));
        m.setLanguage("en");
        assertEquals("This pairing code was already used. Please ask the officer for a new one.", m.describe(used));
        assertTrue(m.describe(new ServerException(ServerException.Kind.UNREACHABLE, "down", null))
                .startsWith("Cannot reach the server"));
    }

    @Test
    void syncStatesHaveThaiNames() {
        Messages m = new Messages();
        assertEquals(List.of("รอส่ง", "ส่งแล้ว", "ถูกปฏิเสธ"),
                List.of(m.get("sync.state.PENDING"), m.get("sync.state.SENT"), m.get("sync.state.REJECTED")));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
