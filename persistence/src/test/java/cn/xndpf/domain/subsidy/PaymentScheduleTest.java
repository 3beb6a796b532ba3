package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.PaymentSchedule.CaseFacts;
import cn.xndpf.domain.subsidy.PaymentSchedule.Existing;
import cn.xndpf.domain.subsidy.PaymentSchedule.Owed;
import cn.xndpf.domain.workflow.CaseState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentScheduleTest {

    /** 80 yuan until June 2021, 95 from July. */
    private static final Function<YearMonth, Optional<BigDecimal>> RATE = m -> Optional.of(
            m.isBefore(YearMonth.of(2021, 7)) ? new BigDecimal("80") : new BigDecimal("95.5"));

    private static CaseFacts active(String from) {
        return new CaseFacts(CaseState.ACTIVE, LocalDate.parse(from), null, null);
    }

    private static List<YearMonth> months(List<Owed> owed) {
        return owed.stream().map(Owed::month).toList();
    }

    @Test
    void backPaysEveryMonthFromTheStartAtEachMonthsRate() {
        List<Owed> owed = PaymentSchedule.owed(active("2021-05-01"), YearMonth.of(2021, 8), List.of(), RATE);
        assertEquals(List.of(YearMonth.of(2021, 5), YearMonth.of(2021, 6), YearMonth.of(2021, 7), YearMonth.of(2021, 8)),
                months(owed));
        assertEquals(new BigDecimal("80.00"), owed.get(1).amount());
        assertEquals(new BigDecimal("95.50"), owed.get(2).amount());
        assertTrue(owed.stream().allMatch(o -> o.attempt() == 1));
    }

    @Test
    void skipsMonthsPaidOrPendingAndReissuesTheLatestFailedAttempt() {
        List<Existing> lines = List.of(
                new Existing(YearMonth.of(2021, 5), 1, PaymentLineStatus.PAID, new BigDecimal("80.00")),
                new Existing(YearMonth.of(2021, 6), 1, PaymentLineStatus.FAILED, new BigDecimal("80.00")),
                new Existing(YearMonth.of(2021, 6), 2, PaymentLineStatus.FAILED, new BigDecimal("80.00")),
                new Existing(YearMonth.of(2021, 7), 1, PaymentLineStatus.FAILED, new BigDecimal("95.50")),
                new Existing(YearMonth.of(2021, 7), 2, PaymentLineStatus.PENDING, new BigDecimal("95.50")));
        List<Owed> owed = PaymentSchedule.owed(active("2021-05-01"), YearMonth.of(2021, 8), lines, RATE);
        assertEquals(List.of(new Owed(YearMonth.of(2021, 6), 3, new BigDecimal("80.00")),
                new Owed(YearMonth.of(2021, 8), 1, new BigDecimal("95.50"))), owed);
    }

    @Test
    void nothingAfterTheMonthOfDeathOrTheEndOfTheBenefit() {
        CaseFacts died = new CaseFacts(CaseState.ACTIVE, LocalDate.of(2021, 5, 1), null, LocalDate.of(2021, 6, 17));
        assertEquals(List.of(YearMonth.of(2021, 5), YearMonth.of(2021, 6)),
                months(PaymentSchedule.owed(died, YearMonth.of(2021, 9), List.of(), RATE)));
        CaseFacts ended = new CaseFacts(CaseState.TERMINATED, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 7, 31),
                LocalDate.of(2021, 9, 2));
        assertEquals(List.of(YearMonth.of(2021, 5), YearMonth.of(2021, 6), YearMonth.of(2021, 7)),
                months(PaymentSchedule.owed(ended, YearMonth.of(2021, 12), List.of(), RATE)));
    }

    @Test
    void nothingWhileSuspendedOrBeforeTheBenefitBegins() {
        CaseFacts suspended = new CaseFacts(CaseState.SUSPENDED, LocalDate.of(2021, 5, 1), null, null);
        assertTrue(PaymentSchedule.owed(suspended, YearMonth.of(2021, 9), List.of(), RATE).isEmpty());
        assertTrue(PaymentSchedule.owed(active("2021-10-01"), YearMonth.of(2021, 9), List.of(), RATE).isEmpty());
    }

    @Test
    void aMonthWithoutARateStopsTheRollInsteadOfPayingNothing() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () ->
                PaymentSchedule.owed(active("2021-05-01"), YearMonth.of(2021, 5), List.of(), m -> Optional.empty()));
        assertEquals("payment.noRate", e.key());
    }
}
