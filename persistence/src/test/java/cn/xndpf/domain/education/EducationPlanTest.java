package cn.xndpf.domain.education;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EducationPlanTest {

    private static final DivisionCode COMMUNITY = DivisionCode.of("630102001001");

    @Test
    void aReviewIsANewVersionAndEndsThePreviousOneTheDayBefore() {
        String first17 = "63010220150301002";
        Person child = new Person(IdNumber.of(first17 + IdNumber.checkCharacter(first17)), "儿童", COMMUNITY,
                new Household("H1", COMMUNITY, null, true), true);
        LocalDate first = LocalDate.of(2024, 9, 2);
        EducationPlan v1 = EducationPlan.decide(null, child, Placement.HOME_TEACHING, null, "某小学", new SchoolYear(2024),
                first, first.plusMonths(12), null, "chengdong");
        assertEquals(1, v1.versionNumber());
        assertNull(v1.period().validTo());
        assertEquals("630102001001", v1.child().division().value());

        LocalDate review = LocalDate.of(2025, 9, 1);
        EducationPlan v2 = EducationPlan.decide(v1, child, Placement.MAINSTREAM_CLASS, null, "某小学", new SchoolYear(2025),
                review, review.plusMonths(12), "可随班就读", "chengdong");
        assertEquals(2, v2.versionNumber());
        assertEquals(review.minusDays(1), v1.period().validTo(), "the previous version is kept, ended the day before");
        assertTrue(v1.period().isInForceOn(review.minusDays(1)));
        assertFalse(v1.period().isInForceOn(review));
        assertTrue(v2.period().isInForceOn(review));
        assertEquals(Placement.HOME_TEACHING, v1.placement(), "the earlier decision is not overwritten");
    }
}
