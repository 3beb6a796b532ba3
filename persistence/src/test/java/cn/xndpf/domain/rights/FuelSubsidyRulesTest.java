package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who may have the fuel subsidy for a year, and why not. */
class FuelSubsidyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final BigDecimal AMOUNT = new BigDecimal("400.00");
    private static final Person OWNER = new Person(IdNumber.of("63010219800101001" + IdNumber.checkCharacter(
            "63010219800101001")), "车主", DivisionCode.of("630102001001"), null, true);

    private static List<String> keys(Certificate certificate, Integer year, String plate, BigDecimal amount,
                                     boolean applied) {
        return FuelSubsidyRules.problems(new FuelSubsidyRules.Facts(OWNER, certificate, year, plate, amount,
                FuelSubsidyRules.codes("4"), FuelSubsidyRules.codes(" 1, 2,3 ,4"), applied, TODAY)).stream()
                .map(e -> e.field() + ":" + e.key()).toList();
    }

    private static Certificate certificate(DisabilityCategory category, DisabilityLevel level) {
        return Certificate.issue(OWNER, category, level, LocalDate.of(2020, 1, 1), "test");
    }

    @Test
    void aPhysicalCertificateHolderWithAPlateIsTakenForThisYearOrTheLast() {
        Certificate physical = certificate(DisabilityCategory.PHYSICAL, DisabilityLevel.FOUR);
        assertEquals(List.of(), keys(physical, 2025, "青A12345", AMOUNT, false));
        assertEquals(List.of(), keys(physical, 2024, "青a 12345", AMOUNT, false));
        assertEquals("青A12345", FuelSubsidyRules.normalisedPlate(" 青a 12345"));
    }

    @Test
    void eachRuleRefusesWithItsField() {
        Certificate physical = certificate(DisabilityCategory.PHYSICAL, DisabilityLevel.ONE);
        assertEquals(List.of("idNumber:fuel.noValidCertificate"), keys(null, 2025, "青A12345", AMOUNT, false));
        assertEquals(List.of("idNumber:fuel.notEligible"),
                keys(certificate(DisabilityCategory.VISUAL, DisabilityLevel.ONE), 2025, "青A12345", AMOUNT, false));
        assertEquals(List.of("vehiclePlate:fuel.vehiclePlate"), keys(physical, 2025, "A1", AMOUNT, false));
        assertEquals(List.of("vehiclePlate:fuel.vehiclePlate"), keys(physical, 2025, null, AMOUNT, false));
        assertEquals(List.of("year:fuel.yearNotOpen"), keys(physical, 2023, "青A12345", AMOUNT, false));
        assertEquals(List.of("year:fuel.yearNotOpen"), keys(physical, 2026, "青A12345", AMOUNT, false));
        assertEquals(List.of("year:fuel.yearNotOpen"), keys(physical, null, "青A12345", AMOUNT, false));
        assertEquals(List.of("year:fuel.noAmount"), keys(physical, 2025, "青A12345", null, false));
        assertEquals(List.of("year:fuel.alreadyApplied"), keys(physical, 2025, "青A12345", AMOUNT, true));
        assertNull(FuelSubsidyRules.normalisedPlate("青A12345<script>"));
    }

    @Test
    void aYearsAmountIsReadOnItsFirstDay() {
        assertEquals(LocalDate.of(2022, 1, 1), FuelSubsidyRules.amountDay(2022));
        assertEquals(Set.of(1, 2), FuelSubsidyRules.codes("1,2,"));
        assertEquals(Set.of(), FuelSubsidyRules.codes(null));
    }
}
