package th.wastebank.json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanonicalJsonTest {
    @Test
    void keysAreSortedAtEveryDepth() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 1);
        inner.put("a", "x");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", List.of(inner));
        outer.put("m", null);
        assertEquals("{\"m\":null,\"z\":[{\"a\":\"x\",\"b\":1}]}", CanonicalJson.write(outer));
    }

    @Test
    void sameContentInAnotherOrderHashesTheSame() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("grams", 1500L);
        one.put("name", "นางสมศรี");
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("name", "นางสมศรี");
        two.put("grams", 1500);
        assertEquals(Arrays.toString(CanonicalJson.sha256(one)), Arrays.toString(CanonicalJson.sha256(two)));
    }

    @Test
    void differentContentHashesDifferently() {
        assertFalse(Arrays.equals(CanonicalJson.sha256(Map.of("grams", 1500)),
                CanonicalJson.sha256(Map.of("grams", 1501))));
    }

    @Test
    void wholeNumbersLoseTheirFraction() {
        assertEquals("[1,2,2.5]", CanonicalJson.write(List.of(1.0, new BigDecimal("2.00"), 2.5)));
    }

    @Test
    void aNumberWithAHugeExponentKeepsItsExponentInsteadOfBillionsOfDigits() {
        assertEquals("1E+999999999", CanonicalJson.write(new BigDecimal("10e999999998")));
        assertEquals("1E-999999999", CanonicalJson.write(new BigDecimal("1e-999999999")));
        assertEquals("1" + "0".repeat(1000), CanonicalJson.write(new BigDecimal("1e1000")));
    }

    @Test
    void infinityIsNotAJsonNumber() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of(Double.POSITIVE_INFINITY)));
    }

    @Test
    void controlCharactersAndQuotesAreEscapedAndThaiIsKept() {
        assertEquals("\"ก\\\"\\n\\u0001\"", CanonicalJson.write("ก\"\n\u0001"));
    }
}
