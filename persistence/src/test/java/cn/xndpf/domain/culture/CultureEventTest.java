package cn.xndpf.domain.culture;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An event counts its registered participants once each plus the others; it needs somebody and a past day. */
class CultureEventTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 18);
    private static final DivisionCode CHENGXI = DivisionCode.of("630104");

    @Test
    void participantsAreTheRegisteredPeopleAndTheOthersCounted() {
        CultureEvent e = new CultureEvent(CultureEventKind.HELP_DAY, "第三十五次全国助残日活动", "城西区残联",
                "文化广场", DAY, CHENGXI, Set.of(1L, 2L, 3L), 40, DAY);
        assertEquals(43, e.participantCount());
        assertEquals(3, new CultureEvent(CultureEventKind.READING, "读书会", "图书馆", "盲人阅览室", DAY, CHENGXI,
                Set.of(1L, 2L, 3L), null, DAY).participantCount(), "no others given: none");
    }

    @Test
    void anEventNeedsItsFactsSomebodyAndAPastDay() {
        assertEquals("kind", assertThrows(InvalidValueException.class, () -> new CultureEvent(null, "t", "o", "p",
                DAY, CHENGXI, Set.of(1L), 0, DAY)).field());
        assertEquals("title", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, " ", "o", "p", DAY, CHENGXI, Set.of(1L), 0, DAY)).field());
        assertEquals("organiser", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, "t", "", "p", DAY, CHENGXI, Set.of(1L), 0, DAY)).field());
        assertEquals("place", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, "t", "o", null, DAY, CHENGXI, Set.of(1L), 0, DAY)).field());
        assertEquals("heldOn", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, "t", "o", "p", DAY.plusDays(1), CHENGXI, Set.of(1L), 0, DAY)).field());
        assertEquals("otherParticipants", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, "t", "o", "p", DAY, CHENGXI, Set.of(1L), -1, DAY)).field());
        assertEquals("participants", assertThrows(InvalidValueException.class, () -> new CultureEvent(
                CultureEventKind.FITNESS, "t", "o", "p", DAY, CHENGXI, Set.of(), 0, DAY)).field());
    }

    @Test
    void aRevisionFollowsTheRulesOfANewEventAndARefusedOneLeavesItAsItWas() {
        CultureEvent e = new CultureEvent(CultureEventKind.HELP_DAY, "助残日活动", "城西区残联", "文化广场", DAY,
                CHENGXI, Set.of(1L, 2L), 10, DAY);
        e.revise(CultureEventKind.FITNESS, "健步走", "城西区体育局", "湟水河畔", DAY.minusDays(1), CHENGXI,
                Set.of(2L, 3L, 4L), 5, DAY);
        assertEquals(Set.of(2L, 3L, 4L), e.participants());
        assertEquals(8, e.participantCount());
        assertEquals("健步走", e.title());
        assertEquals("participants", assertThrows(InvalidValueException.class, () -> e.revise(
                CultureEventKind.READING, "读书会", "图书馆", "阅览室", DAY, CHENGXI, Set.of(), 0, DAY)).field());
        assertEquals("heldOn", assertThrows(InvalidValueException.class, () -> e.revise(
                CultureEventKind.READING, "读书会", "图书馆", "阅览室", DAY.plusDays(1), CHENGXI, Set.of(1L), 0,
                DAY)).field());
        assertEquals(CultureEventKind.FITNESS, e.kind(), "a refused revision changes nothing");
        assertEquals("健步走", e.title());
        assertEquals(8, e.participantCount());
    }
}
