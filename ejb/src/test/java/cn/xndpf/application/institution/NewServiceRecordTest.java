package cn.xndpf.application.institution;

import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class NewServiceRecordTest {

    @Test
    void anAmountReadsAsADecimal() {
        assertEquals(new BigDecimal("45.00"), NewServiceRecord.parse(null, null, "DAY_CARE", "2026-11-02", "1", " 45.00 ").amount());
    }

    /**
     * A partner's 10 MB amount of digits: BigDecimal reads it in time that grows with its square, so the
     * request thread was held until the client gave up (BadInputIT lost the connection); refused unread.
     */
    @Test
    void anAmountLongerThanAnyAmountIsRefusedAtOnce() {
        String huge = "9".repeat(10 * 1024 * 1024);
        InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                InvalidValueException.class, () -> NewServiceRecord.parse(null, null, "DAY_CARE", "2026-11-02", "1", huge)));
        assertEquals("amount", e.field());
        assertEquals("serviceRecord.amountRange", e.key());
    }

    @Test
    void aQuantityTooLargeForAnIntIsOutOfRangeNotWrappedRound() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> NewServiceRecord.parse(null, null, "DAY_CARE", "2026-11-02", "4294967297", "1"));
        assertEquals("quantity", e.field());
    }
}
