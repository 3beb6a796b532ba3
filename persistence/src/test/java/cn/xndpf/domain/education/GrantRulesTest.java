package cn.xndpf.domain.education;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrantRulesTest {

    private static final DivisionCode COMMUNITY = DivisionCode.of("630102001001");
    private static final LocalDate DAY = LocalDate.of(2025, 10, 15);
    private static final Set<AssistanceStatus> POOR = GrantRules.poorStatuses("DIBAO,TEKUN,LOW_INCOME");
    private static final BigDecimal AMOUNT = new BigDecimal("1250.00");

    private static IdNumber id(String first17) {
        return IdNumber.of(first17 + IdNumber.checkCharacter(first17));
    }

    private static final Person PARENT = new Person(id("63010219800101001"), "家长", COMMUNITY,
            new Household("H1", COMMUNITY, null, true), true);
    private static final IdNumber CHILD = id("63010220120301002");
    private static final Certificate VALID = Certificate.issue(PARENT, DisabilityCategory.PHYSICAL,
            DisabilityLevel.TWO, LocalDate.of(2020, 1, 1), "test");

    private static GrantRules.Facts facts(Certificate cert, Set<AssistanceStatus> statuses, StudentRelation relation,
                                          IdNumber student, SchoolStage stage, int grade, SchoolYear year,
                                          BigDecimal amount, boolean exempt, boolean already) {
        return new GrantRules.Facts(PARENT, cert, statuses, relation, student, stage, grade, year, amount, POOR,
                exempt, already, DAY);
    }

    private static GrantRules.Facts childInDibao() {
        return facts(VALID, EnumSet.of(AssistanceStatus.DIBAO), StudentRelation.CHILD, CHILD,
                SchoolStage.JUNIOR_SECONDARY, 2, new SchoolYear(2025), AMOUNT, false, false);
    }

    private static List<String> keys(GrantAssessment a) {
        return a.reasons().stream().map(GrantAssessment.Reason::key).toList();
    }

    @Test
    void aChildOfAHolderInAPoorHouseholdGetsTheStagesAmount() {
        GrantAssessment a = GrantRules.assess(childInDibao());
        assertTrue(a.eligible(), () -> keys(a).toString());
        assertEquals(AMOUNT, a.amount());
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        GrantAssessment a = GrantRules.assess(facts(null, Set.of(), StudentRelation.CHILD, PARENT.idNumber(),
                SchoolStage.PRIMARY, 7, new SchoolYear(2023), null, false, true));
        assertFalse(a.eligible());
        assertEquals(List.of("education.noValidCertificate", "education.childNotYounger", "education.notPoor",
                "education.gradeOutOfRange", "education.schoolYearNotOpen", "education.noGrantForStage",
                "education.alreadyGranted"), keys(a));
        assertEquals("grade", a.reasons().get(3).field());
    }

    @Test
    void aHouseholdWithoutAPoorStatusIsRefusedUnlessTheDisabledStudentIsExempt() {
        Set<AssistanceStatus> none = EnumSet.of(AssistanceStatus.TEKUN_CENTRALISED);
        assertEquals(List.of("education.notPoor"), keys(GrantRules.assess(facts(VALID, none, StudentRelation.CHILD,
                CHILD, SchoolStage.PRIMARY, 1, new SchoolYear(2025), AMOUNT, true, false))),
                "the exemption covers only a student who holds the certificate");
        assertEquals(List.of("education.notPoor"), keys(GrantRules.assess(facts(VALID, none, StudentRelation.SELF,
                PARENT.idNumber(), SchoolStage.HIGHER, 1, new SchoolYear(2025), AMOUNT, false, false))));
        assertTrue(GrantRules.assess(facts(VALID, none, StudentRelation.SELF, PARENT.idNumber(), SchoolStage.HIGHER, 1,
                new SchoolYear(2025), AMOUNT, true, false)).eligible());
    }

    @Test
    void theStudentMustBeTheHolderOrAnotherYoungerPerson() {
        assertEquals(List.of("education.selfNotSameStudent"), keys(GrantRules.assess(facts(VALID,
                EnumSet.of(AssistanceStatus.LOW_INCOME), StudentRelation.SELF, CHILD, SchoolStage.PRIMARY, 1,
                new SchoolYear(2025), AMOUNT, false, false))));
        IdNumber older = id("63010219700101003");
        assertEquals(List.of("education.childNotYounger"), keys(GrantRules.assess(facts(VALID,
                EnumSet.of(AssistanceStatus.DIBAO), StudentRelation.CHILD, older, SchoolStage.PRIMARY, 1,
                new SchoolYear(2025), AMOUNT, false, false))));
    }

    @Test
    void onlyTheCurrentAndTheNextSchoolYearAreOpen() {
        for (int year : new int[]{2024, 2027}) {
            assertEquals(List.of("education.schoolYearNotOpen"), keys(GrantRules.assess(facts(VALID,
                    EnumSet.of(AssistanceStatus.DIBAO), StudentRelation.CHILD, CHILD, SchoolStage.PRIMARY, 1,
                    new SchoolYear(year), AMOUNT, false, false))), "school year " + year);
        }
        assertTrue(GrantRules.assess(facts(VALID, EnumSet.of(AssistanceStatus.DIBAO), StudentRelation.CHILD, CHILD,
                SchoolStage.PRIMARY, 1, new SchoolYear(2026), AMOUNT, false, false)).eligible());
    }

    @Test
    void aDeceasedHolderIsRefused() {
        Person gone = new Person(id("63010219800101011"), "已故", COMMUNITY, new Household("H2", COMMUNITY, null, true),
                true);
        gone.recordDeath(DAY.minusDays(3));
        GrantAssessment a = GrantRules.assess(new GrantRules.Facts(gone, VALID, EnumSet.of(AssistanceStatus.DIBAO),
                StudentRelation.CHILD, CHILD, SchoolStage.PRIMARY, 1, new SchoolYear(2025), AMOUNT, POOR, false, false,
                DAY));
        assertTrue(a.hasReason("education.deceased"));
    }

    @Test
    void schoolYearsAreReadAndPlacedOnTheCalendar() {
        assertEquals(new SchoolYear(2025), SchoolYear.parse("2025-2026"));
        assertEquals(new SchoolYear(2025), SchoolYear.parse(" 2025 "));
        assertEquals(new SchoolYear(2024), SchoolYear.containing(LocalDate.of(2025, 8, 31)));
        assertEquals(new SchoolYear(2025), SchoolYear.containing(LocalDate.of(2025, 9, 1)));
        assertEquals(LocalDate.of(2026, 8, 31), new SchoolYear(2025).lastDay());
        for (String bad : new String[]{"2025-2027", "25-26", "", "二〇二五"}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> SchoolYear.parse(bad), bad);
            assertEquals("schoolYear", e.field());
        }
        assertThrows(IllegalArgumentException.class, () -> GrantRules.poorStatuses("DIBAO,RICH"),
                "an unknown status in the setting is a configuration error");
    }
}
