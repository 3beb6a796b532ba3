package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GB 32100-2015: each rule refuses with its own key; the standard's example passes. */
class CreditCodeTest {

    private static String key(String raw) {
        return assertThrows(InvalidValueException.class, () -> CreditCode.of(raw)).key();
    }

    @Test
    void theStandardsExampleIsValidAndKeptInCapitals() {
        CreditCode code = CreditCode.of(" 91350100m000100y43 ");
        assertEquals("91350100M000100Y43", code.value());
        assertEquals("350100", code.registrationDivision());
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void aCheckSumOfZeroModulo31GivesTheCharacterZero() {
        // find 17 characters whose weighted sum is a multiple of 31: the check is "0", never "31"
        String base = "9163010000000000";
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            String first17 = base + c;
            int sum = 0;
            int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            for (int i = 0; i < 17; i++) {
                sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * w[i];
            }
            if (sum % 31 == 0) {
                assertEquals('0', CreditCode.checkCharacter(first17));
                assertEquals(first17 + "0", CreditCode.of(first17 + "0").value());
                return;
            }
        }
        throw new AssertionError("no multiple of 31 found among the last characters");
    }

    @Test
    void everyRuleRefusesWithItsOwnKey() {
        assertEquals("creditCode.required", key(null));
        assertEquals("creditCode.required", key("  "));
        assertEquals("creditCode.length", key("91350100M000100Y4"));
        assertEquals("creditCode.length", key("91350100M000100Y433"));
        assertEquals("creditCode.characters", key("91350100I000100Y43"), "I is not in the alphabet");
        assertEquals("creditCode.characters", key("91350100O000100Y43"), "O is not in the alphabet");
        assertEquals("creditCode.characters", key("9135010-M000100Y43"));
        assertEquals("creditCode.division", key("913501A0M000100Y43"), "characters 3-8 are a division code");
        assertEquals("creditCode.checkCharacter", key("91350100M000100Y44"));
        assertEquals(CreditCode.FIELD, assertThrows(InvalidValueException.class, () -> CreditCode.of("x")).field());
    }

    @Test
    void theCodesAreEqualByValue() {
        assertEquals(CreditCode.of("91350100M000100Y43"), CreditCode.of("91350100m000100y43"));
    }
}
