package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An entry's counts on the entity: dated, a later day a new count, the latest's own day a correction. */
class AccessibleFacilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void aLaterDayIsANewCountTheLatestsOwnDayCorrectsItAnEarlierOrFutureDayIsRefused() throws Exception {
        AccessibleFacility f = new AccessibleFacility(DivisionCode.of("630102"), FacilityKind.BUS_STOP, " 测试路 ", 10,
                TODAY.minusDays(30), TODAY, "chengdong");
        assertEquals("测试路", f.name());
        java.lang.reflect.Field id = AccessibleFacility.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(f, 7L);
        FacilityCount first = f.count(10, TODAY.minusDays(30), null, TODAY, "chengdong");
        assertEquals(7L, first.facilityId());
        FacilityCount revised = f.count(12, TODAY.minusDays(10), first, TODAY, "city");
        assertNotSame(first, revised);
        assertEquals(10, first.quantity(), "the earlier count stays");
        assertEquals(TODAY.minusDays(10), revised.countedOn());
        assertSame(revised, f.count(11, TODAY.minusDays(10), revised, TODAY, "chengdong"), "the same day corrected");
        assertEquals(11, revised.quantity());
        assertEquals("chengdong", revised.recordedBy());

        assertEquals("facility.countBeforeLatest", assertThrows(InvalidValueException.class,
                () -> f.count(9, TODAY.minusDays(11), revised, TODAY, "x")).key());
        assertEquals("facility.futureCount", assertThrows(InvalidValueException.class,
                () -> f.count(9, TODAY.plusDays(1), revised, TODAY, "x")).key());
        assertEquals("date.required", assertThrows(InvalidValueException.class,
                () -> f.count(9, null, revised, TODAY, "x")).key());
        assertEquals("facility.quantity", assertThrows(InvalidValueException.class,
                () -> f.count(-1, TODAY, revised, TODAY, "x")).key());
        assertEquals(11, revised.quantity(), "a refused count changes nothing");
        assertEquals("facility.futureCount", assertThrows(InvalidValueException.class,
                () -> new AccessibleFacility(DivisionCode.of("630102"), FacilityKind.TOILET, "x", 1, TODAY.plusDays(1),
                        TODAY, "x")).key());
        assertEquals(0, f.count(0, TODAY, revised, TODAY, "x").quantity(), "all removed: zero");
    }
}
