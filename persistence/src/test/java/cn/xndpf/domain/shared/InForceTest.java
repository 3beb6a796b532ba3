package cn.xndpf.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InForceTest {

    record Dated(String value, LocalDate from) {
    }

    private static final List<Dated> VALUES = List.of(new Dated("b", LocalDate.of(2022, 1, 1)),
            new Dated("a", LocalDate.of(2016, 1, 1)), new Dated("b-preferred", LocalDate.of(2022, 1, 1)));

    @Test
    void theNewestValueDatedOnOrBeforeTheDay() {
        assertEquals(Optional.empty(), InForce.on(VALUES, Dated::from, LocalDate.of(2015, 12, 31)));
        assertEquals("a", InForce.on(VALUES, Dated::from, LocalDate.of(2021, 12, 31)).orElseThrow().value());
        assertEquals("a", InForce.on(VALUES, Dated::from, LocalDate.of(2016, 1, 1)).orElseThrow().value());
    }

    @Test
    void ofTwoFromTheSameDayThePreferredOne() {
        assertEquals("b-preferred", InForce.on(VALUES, Dated::from, LocalDate.of(2022, 1, 1),
                Comparator.comparing((Dated d) -> d.value().endsWith("preferred") ? 0 : 1)).orElseThrow().value());
    }
}
