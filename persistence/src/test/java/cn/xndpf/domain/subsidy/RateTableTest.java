package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateTableTest {

    private final RateTable table = new RateTable(List.of(
            new SubsidyRate(SubsidyType.NURSING, DisabilityLevel.ONE, new BigDecimal("100.00"), LocalDate.of(2016, 1, 1)),
            new SubsidyRate(SubsidyType.NURSING, null, new BigDecimal("60.00"), LocalDate.of(2016, 1, 1)),
            new SubsidyRate(SubsidyType.NURSING, DisabilityLevel.ONE, new BigDecimal("120.00"), LocalDate.of(2026, 7, 1)),
            new SubsidyRate(SubsidyType.LIVING, null, new BigDecimal("80.00"), LocalDate.of(2016, 1, 1))));

    @Test
    void aRateChangeAppliesFromItsMonth() {
        assertEquals(new BigDecimal("100.00"), amount(SubsidyType.NURSING, DisabilityLevel.ONE, LocalDate.of(2026, 6, 30)));
        assertEquals(new BigDecimal("120.00"), amount(SubsidyType.NURSING, DisabilityLevel.ONE, LocalDate.of(2026, 7, 1)));
        assertEquals(new BigDecimal("120.00"), amount(SubsidyType.NURSING, DisabilityLevel.ONE, LocalDate.of(2026, 7, 31)));
    }

    @Test
    void levelsWithoutTheirOwnRateTakeTheAllLevelsRate() {
        assertEquals(new BigDecimal("60.00"), amount(SubsidyType.NURSING, DisabilityLevel.THREE, LocalDate.of(2026, 9, 1)));
        assertEquals(new BigDecimal("80.00"), amount(SubsidyType.LIVING, DisabilityLevel.ONE, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void noRateBeforeTheFirstOne() {
        assertEquals(Optional.empty(), table.monthlyAmount(SubsidyType.LIVING, DisabilityLevel.ONE, LocalDate.of(2015, 12, 1)));
    }

    private BigDecimal amount(SubsidyType type, DisabilityLevel level, LocalDate month) {
        return table.monthlyAmount(type, level, month).orElseThrow();
    }
}
