package cn.xndpf.domain.education;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The school calendar the statistics count fee reliefs by. */
class SchoolYearTest {

    @Test
    void theAutumnTermOpensTheYearAndTheSpringTermOpensInMarchOfTheNext() {
        SchoolYear y = SchoolYear.parse("2021-2022");
        assertEquals(LocalDate.of(2021, 9, 1), y.termFirstDay(1));
        assertEquals(LocalDate.of(2022, 3, 1), y.termFirstDay(2));
        assertEquals(y, SchoolYear.containing(y.termFirstDay(2)), "the spring term belongs to the same school year");
        assertEquals("term", assertThrows(InvalidValueException.class, () -> y.termFirstDay(3)).field());
    }
}
