package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of a training course and its completion, a job fair and a placement (training/fairs/placements). */
class EmploymentServicesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final DivisionCode CHENGDONG = DivisionCode.of("630102");

    private static TrainingCourse course() {
        return new TrainingCourse("面点师培训班", "面点师", "城东区残联", CHENGDONG, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 20), new BigDecimal("12000.5"));
    }

    @Test
    void aCourseNeedsItsFactsAndACostInYuan() {
        assertEquals(new BigDecimal("12000.50"), course().totalCost());
        refused("name", () -> new TrainingCourse(" ", "t", "o", CHENGDONG, TODAY, TODAY, BigDecimal.ONE));
        refused("trade", () -> new TrainingCourse("n", null, "o", CHENGDONG, TODAY, TODAY, BigDecimal.ONE));
        refused("organiser", () -> new TrainingCourse("n", "t", "", CHENGDONG, TODAY, TODAY, BigDecimal.ONE));
        refused("divisionCode", () -> new TrainingCourse("n", "t", "o", null, TODAY, TODAY, BigDecimal.ONE));
        refused("endsOn", () -> new TrainingCourse("n", "t", "o", CHENGDONG, TODAY, TODAY.minusDays(1), BigDecimal.ONE));
        refused("totalCost", () -> new TrainingCourse("n", "t", "o", CHENGDONG, TODAY, TODAY, new BigDecimal("-1")));
        refused("totalCost", () -> new TrainingCourse("n", "t", "o", CHENGDONG, TODAY, TODAY, new BigDecimal("1.005")));
        refused("totalCost", () -> new TrainingCourse("n", "t", "o", CHENGDONG, TODAY, TODAY, null));
    }

    @Test
    void aTraineeCompletesOnceWithinTheCourseAndNotInTheFuture() {
        TrainingCourse c = course();
        TrainingAttendance a = new TrainingAttendance(1L, 7L, TODAY);
        refused("completedOn", () -> a.complete(c, LocalDate.of(2025, 2, 28), TODAY));
        refused("completedOn", () -> a.complete(c, LocalDate.of(2025, 3, 21), TODAY));
        refused("completedOn", () -> a.complete(c, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 9)));
        assertNull(a.completedOn(), "refusals leave it open");
        a.complete(c, LocalDate.of(2025, 3, 20), TODAY);
        assertEquals(LocalDate.of(2025, 3, 20), a.completedOn());
        assertEquals("training.alreadyCompleted", assertThrows(InvalidValueException.class,
                () -> a.complete(c, LocalDate.of(2025, 3, 20), TODAY)).key());
    }

    @Test
    void aFairNeedsAnEmployerAPastDayAndCountsItsSeekers() {
        JobFair f = new JobFair(TODAY, "城东区人才市场", CHENGDONG, "城东区残联", Set.of(1L, 2L), Set.of(5L, 6L, 7L), 40,
                120, TODAY);
        assertEquals(43, f.seekerCount());
        refused("employers", () -> new JobFair(TODAY, "p", CHENGDONG, "o", Set.of(), Set.of(5L), 0, 1, TODAY));
        refused("heldOn", () -> new JobFair(TODAY.plusDays(1), "p", CHENGDONG, "o", Set.of(1L), Set.of(), 0, 1, TODAY));
        refused("place", () -> new JobFair(TODAY, "", CHENGDONG, "o", Set.of(1L), Set.of(), 0, 1, TODAY));
        refused("organiser", () -> new JobFair(TODAY, "p", CHENGDONG, null, Set.of(1L), Set.of(), 0, 1, TODAY));
        refused("otherSeekers", () -> new JobFair(TODAY, "p", CHENGDONG, "o", Set.of(1L), Set.of(), -1, 1, TODAY));
        refused("jobsOffered", () -> new JobFair(TODAY, "p", CHENGDONG, "o", Set.of(1L), Set.of(), 0, null, TODAY));
    }

    @Test
    void aPlacementOfAnEmployersKindNamesItAndEndsOnceNotBeforeItsStart() {
        refused("employer", () -> new Placement(7L, CHENGDONG, PlacementKind.QUOTA, null, TODAY, TODAY));
        refused("employer", () -> new Placement(7L, CHENGDONG, PlacementKind.CENTRALISED, null, TODAY, TODAY));
        refused("kind", () -> new Placement(7L, CHENGDONG, null, null, TODAY, TODAY));
        refused("startedOn", () -> new Placement(7L, CHENGDONG, PlacementKind.ONLINE, null, TODAY.plusDays(1), TODAY));
        Placement p = new Placement(7L, CHENGDONG, PlacementKind.FAMILY_HANDICRAFT, null, TODAY.minusDays(10), TODAY);
        refused("endedOn", () -> p.end(TODAY.minusDays(11), TODAY));
        refused("endedOn", () -> p.end(TODAY.plusDays(1), TODAY));
        p.end(TODAY, TODAY);
        assertFalse(p.isOpen());
        refused("endedOn", () -> p.end(TODAY, TODAY));
    }

    private static void refused(String field, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
    }
}
