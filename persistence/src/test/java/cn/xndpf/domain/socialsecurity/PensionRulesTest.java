package cn.xndpf.domain.socialsecurity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PensionRulesTest {

    @Test
    void contributionsArePaidFromTheAgeReachedInTheYear() {
        assertTrue(PensionRules.contributes(LocalDate.of(2010, 12, 31), 2026, 16, 59), "16 during 2026");
        assertFalse(PensionRules.contributes(LocalDate.of(2011, 1, 1), 2026, 16, 59));
        assertTrue(PensionRules.contributes(LocalDate.of(1967, 1, 1), 2026, 16, 59), "59 during 2026");
        assertFalse(PensionRules.contributes(LocalDate.of(1966, 12, 31), 2026, 16, 59), "60: draws the pension");
    }

    @Test
    void theShareIsTheLevelsSetting() {
        Map<Integer, BigDecimal> shares = Map.of(1, new BigDecimal("200.00"), 3, new BigDecimal("50.00"),
                4, BigDecimal.ZERO);
        assertEquals(new BigDecimal("200.00"), PensionRules.share(1, shares));
        assertEquals(new BigDecimal("50.00"), PensionRules.share(3, shares));
        assertNull(PensionRules.share(2, shares), "no setting: not listed");
        assertNull(PensionRules.share(4, shares), "a zero share lists nobody");
        assertEquals(LocalDate.of(2026, 1, 1), PensionRules.settingsDay(2026));
    }

    @Test
    void theParticipationRateCountsAnUnansweredLineAsNotInsured() {
        assertEquals(new BigDecimal("66.67"), PensionRules.participationRate(2, 3));
        assertEquals(new BigDecimal("91.50"), PensionRules.participationRate(915, 1000));
        assertEquals(new BigDecimal("0.00"), PensionRules.participationRate(0, 4), "nobody answered yet");
        assertNull(PensionRules.participationRate(0, 0), "no list, no rate");
    }
}
