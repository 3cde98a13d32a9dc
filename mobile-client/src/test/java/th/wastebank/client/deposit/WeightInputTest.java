package th.wastebank.client.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.wastebank.validation.ReasonCode;

class WeightInputTest {
    @ParameterizedTest
    @CsvSource({"2.5, 2500", "'2,5', 2500", "0.001, 1", "1000, 1000000", "' 12 ', 12000", "๒.๕, 2500", ".5, 500"})
    void kilogramsBecomeGrams(String typed, long grams) {
        WeightInput.Result r = WeightInput.parse(typed);
        assertTrue(r.ok());
        assertEquals(grams, r.grams());
    }

    @ParameterizedTest
    @CsvSource({"0, WEIGHT_NOT_POSITIVE", "0.000, WEIGHT_NOT_POSITIVE", "-2, WEIGHT_NOT_POSITIVE",
            "1000.001, WEIGHT_TOO_LARGE", "99999999999999999999, WEIGHT_TOO_LARGE"})
    void ruleBreakingWeightsGetTheSharedReason(String typed, ReasonCode reason) {
        assertEquals(reason, WeightInput.parse(typed).reason());
    }

    @ParameterizedTest
    @CsvSource({"'', deposit.weight.missing", "abc, deposit.weight.notNumber", "2.5.1, deposit.weight.notNumber",
            "'2,500.5', deposit.weight.notNumber", "1e3, deposit.weight.notNumber", "2.5555, deposit.weight.tooPrecise"})
    void unreadableWeightsGetTheAppsMessage(String typed, String key) {
        assertEquals(key, WeightInput.parse(typed).messageKey());
    }
}
