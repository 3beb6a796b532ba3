package cn.xndpf.domain.socialsecurity;

import cn.xndpf.domain.socialsecurity.InclusionRules.Criteria;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static cn.xndpf.domain.person.AssistanceStatus.DIBAO;
import static cn.xndpf.domain.person.AssistanceStatus.LOW_INCOME;
import static cn.xndpf.domain.person.AssistanceStatus.MONITORED;
import static cn.xndpf.domain.person.AssistanceStatus.TEKUN;
import static cn.xndpf.domain.person.AssistanceStatus.TEKUN_CENTRALISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InclusionRulesTest {

    /** V54's rows. */
    private final Criteria v54 = Criteria.of("1,2", "DIBAO,TEKUN,TEKUN_CENTRALISED,LOW_INCOME,MONITORED",
            "DIBAO, TEKUN ,TEKUN_CENTRALISED");

    @Test
    void aSevereLevelInAPoorHouseholdIsEligibleAndIncludedOnlyWithDibaoOrTekun() {
        assertTrue(InclusionRules.eligible(v54, 1, Set.of(LOW_INCOME)));
        assertFalse(InclusionRules.included(v54, 1, Set.of(LOW_INCOME)), "low income alone is not included");
        assertTrue(InclusionRules.included(v54, 2, Set.of(DIBAO)));
        assertTrue(InclusionRules.included(v54, 1, Set.of(MONITORED, TEKUN)));
        assertTrue(InclusionRules.included(v54, 2, Set.of(TEKUN_CENTRALISED)));
    }

    @Test
    void aMildLevelOrAHouseholdWithoutStatusIsNotEligible() {
        assertFalse(InclusionRules.eligible(v54, 3, Set.of(DIBAO)));
        assertFalse(InclusionRules.included(v54, 4, Set.of(TEKUN)), "included counts the eligible only");
        assertFalse(InclusionRules.eligible(v54, 1, Set.of()));
    }

    @Test
    void theCriteriaAreTheSettingsTexts() {
        Criteria later = Criteria.of("1,2,3", "LOW_INCOME", "DIBAO");
        assertTrue(InclusionRules.included(later, 3, Set.of(LOW_INCOME, DIBAO)));
        assertFalse(InclusionRules.eligible(later, 1, Set.of(DIBAO)), "only the statuses the row names are poor");
        Criteria none = Criteria.of(null, null, null);
        assertFalse(InclusionRules.eligible(none, 1, Set.of(DIBAO)), "no setting in force: nobody is eligible");
    }

    @Test
    void theRateIsOfTheEligible() {
        assertEquals(new BigDecimal("100.00"), InclusionRules.rate(3, 3));
        assertEquals(new BigDecimal("66.67"), InclusionRules.rate(2, 3));
        assertNull(InclusionRules.rate(0, 0));
    }
}
