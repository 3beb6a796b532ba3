package cn.xndpf.domain.employment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fund formula at every tier and threshold, with the boundaries the issue names (exactly 30 staff, exactly
 * 1%), the wage cap, never below zero, and a year's rules against another's.
 */
class FundRulesTest {

    /** Qinghai's rules from 2020: 1.5%, cap 2x, at most 30 staff exempt, 1% or more pays 50%, below 90%. */
    static final FundRules.Policy RULES = new FundRules.Policy(new BigDecimal("0.015"), new BigDecimal("2"),
            new BigDecimal("100000.00"), 30, new BigDecimal("0.01"), new BigDecimal("0.5"), new BigDecimal("0.9"));

    private static BigDecimal due(int staff, int recognised, String totalWages) {
        return FundRules.compute(staff, recognised, new BigDecimal(totalWages), RULES).due();
    }

    @Test
    void exactlyThirtyStaffIsExemptAndThirtyOneIsNot() {
        FundRules.Computation thirty = FundRules.compute(30, 0, new BigDecimal("1800000"), RULES);
        assertTrue(thirty.exempt());
        assertEquals(new BigDecimal("0.00"), thirty.due());
        FundRules.Computation thirtyOne = FundRules.compute(31, 0, new BigDecimal("1860000"), RULES);
        assertFalse(thirtyOne.exempt());
        // 31 x 1.5% = 0.465 short, average 60000.00, below 1%: 90% -> 0.465 x 60000 x 0.9 = 25110.00
        assertEquals(new BigDecimal("25110.00"), thirtyOne.due());
    }

    @Test
    void exactlyOnePercentPaysTheReducedShareAndJustBelowPaysTheOther() {
        // 200 staff, 2 recognised = exactly 1%: short 1, average 80000.00, 50% -> 40000.00
        assertEquals(new BigDecimal("40000.00"), due(200, 2, "16000000"));
        // 201 staff, 2 recognised = 0.995%: short 1.015, average 80000.00, 90% -> 73080.00
        assertEquals(new BigDecimal("73080.00"), due(201, 2, "16080000"));
        // 100 staff, 1 recognised = exactly 1%: short 0.5, average 50000, 50% -> 12500.00
        assertEquals(new BigDecimal("12500.00"), due(100, 1, "5000000"));
    }

    @Test
    void theQuotaMetOrExceededPaysNothing() {
        assertEquals(new BigDecimal("0.00"), due(100, 2, "5000000"), "2 of 1.5 required: never below zero");
        assertEquals(new BigDecimal("0.00"), due(200, 3, "10000000"), "exactly the quota");
    }

    @Test
    void theAverageWageIsCappedAtTheMultipleOfTheLocalAverage() {
        // 100 staff, none recognised, average 300000 > cap 200000: 1.5 x 200000 x 90% = 270000.00
        FundRules.Computation capped = FundRules.compute(100, 0, new BigDecimal("30000000"), RULES);
        assertEquals(new BigDecimal("270000.00"), capped.due());
        assertEquals("200000.00", line(capped, "baseWage"));
        // exactly at the cap
        assertEquals(new BigDecimal("270000.00"), due(100, 0, "20000000"));
        // just under it
        assertEquals(new BigDecimal("269999.87"), due(100, 0, "19999990"));
    }

    @Test
    void theLinesExplainTheFigureStepByStep() {
        FundRules.Computation c = FundRules.compute(201, 2, new BigDecimal("16080000"), RULES);
        List<String> items = c.lines().stream().map(FundRules.Line::item).toList();
        assertEquals(List.of("staff", "recognised", "exemptStaffAtMost", "ratio", "required", "shortfall", "averageWage",
                "cap", "baseWage", "fullAmount", "actualRatio", "share", "due"), items);
        assertEquals("3.015", line(c, "required"));
        assertEquals("1.015", line(c, "shortfall"));
        assertEquals("80000.00", line(c, "averageWage"));
        assertEquals("81200.00", line(c, "fullAmount"));
        assertEquals("0.99%", line(c, "actualRatio"));
        assertEquals("90%", line(c, "share"));
        assertEquals("73080.00", line(c, "due"));
    }

    @Test
    void anotherYearsRulesGiveAnotherFigureFromTheSameDeclaration() {
        FundRules.Policy noReduction = new FundRules.Policy(new BigDecimal("0.015"), new BigDecimal("3"),
                new BigDecimal("100000.00"), 20, new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ONE);
        assertEquals(new BigDecimal("0.00"), FundRules.compute(25, 0, new BigDecimal("1500000"), RULES).due());
        // 25 staff: exempt under the first rules, not under a threshold of 20: 0.375 x 60000 x 100%
        assertEquals(new BigDecimal("22500.00"),
                FundRules.compute(25, 0, new BigDecimal("1500000"), noReduction).due());
    }

    private static String line(FundRules.Computation c, String item) {
        return c.lines().stream().filter(l -> l.item().equals(item)).findFirst().orElseThrow().value();
    }
}
