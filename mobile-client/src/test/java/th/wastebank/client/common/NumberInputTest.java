package th.wastebank.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberInputTest {
    @ParameterizedTest
    @CsvSource({"100, 10000", "99.5, 9950", "'99,50', 9950", "0.01, 1", "'  7 ', 700", "๑๐๐, 10000", "+3, 300",
            "-3, -300", "5., 500"})
    void bahtBecomeSatang(String typed, long satang) {
        NumberInput.Parsed p = NumberInput.parse(typed, 2);
        assertEquals(null, p.problem());
        assertEquals(satang, p.value());
    }

    @ParameterizedTest
    @CsvSource({"'', EMPTY", "'   ', EMPTY", "abc, NOT_A_NUMBER", "'1,000.50', NOT_A_NUMBER", "1.2.3, NOT_A_NUMBER",
            "--1, NOT_A_NUMBER", "0.001, TOO_MANY_DECIMALS", "99999999999999999999, TOO_LARGE"})
    void problemsAreNamed(String typed, NumberInput.Problem problem) {
        assertEquals(problem, NumberInput.parse(typed, 2).problem());
    }

    @Test
    void trailingZerosBeyondTheUnitAreHarmless() {
        assertEquals(2500, NumberInput.parse("2.5000", 3).value());
    }
}
