package th.wastebank.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTextTest {
    @Test
    void readsTheValueModelCanonicalJsonWrites() {
        Map<?, ?> m = (Map<?, ?>) JsonText.parse(" {\"a\": [1, -2, 3.50, 1e2, true, false, null],"
                + " \"s\": \"ไทย\\n\\u00e9\\ud83d\\ude00\\/\", \"big\": 99999999999999999999, \"max\": 9223372036854775807} ");
        assertEquals(Arrays.asList(1L, -2L, new BigDecimal("3.50"), new BigDecimal("1e2"), true, false, null), m.get("a"));
        assertEquals("ไทย\né\uD83D\uDE00/", m.get("s"));
        assertEquals(new BigInteger("99999999999999999999"), m.get("big"));
        assertEquals(Long.MAX_VALUE, m.get("max"));
        assertEquals("{\"a\":[1,-2,3.5,100,true,false,null],\"big\":99999999999999999999,"
                + "\"max\":9223372036854775807,\"s\":\"ไทย\\né\uD83D\uDE00/\"}", CanonicalJson.write(m));
    }

    @Test
    void keepsTheNamedMembersAsTheirText() {
        Map<?, ?> m = (Map<?, ?>) JsonText.parse("{\"payload\" : { \"b\":1 , \"a\":2 } ,\"list\":[{\"payload\":[1.0]}]}",
                "payload");
        assertEquals(new RawJson("{ \"b\":1 , \"a\":2 }"), m.get("payload"));
        assertEquals(new RawJson("[1.0]"), ((Map<?, ?>) ((List<?>) m.get("list")).get(0)).get("payload"));
        assertNull(JsonText.parse("null"));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : List.of("", "{", "{\"a\":}", "[1,]", "{\"a\":1,}", "01", "1.", "-", "1e", "\"abc", "tru",
                "{\"a\" 1}", "[1] x", "\"\\x\"", "\"\\u12\"", "{a:1}", "\"a\u0001\"", "[".repeat(500) + "]".repeat(500))) {
            assertThrows(IllegalArgumentException.class, () -> JsonText.parse(bad), bad);
        }
    }
}
