package cn.xndpf.application.demo;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyRate;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPaymentHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Map<SubsidyType, RateTable> RATES = Map.of(
            SubsidyType.LIVING, new RateTable(List.of(
                    new SubsidyRate(SubsidyType.LIVING, null, new BigDecimal("80.00"), LocalDate.of(2016, 1, 1)),
                    new SubsidyRate(SubsidyType.LIVING, null, new BigDecimal("100.00"), LocalDate.of(2022, 1, 1)))),
            SubsidyType.NURSING, new RateTable(List.of(
                    new SubsidyRate(SubsidyType.NURSING, null, new BigDecimal("60.00"), LocalDate.of(2016, 1, 1)))));

    /** Many running cases approved over the years, one suspended and one ended. */
    private static List<DemoPaymentHistory.CaseFacts> cases() {
        List<DemoPaymentHistory.CaseFacts> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            LocalDate applied = LocalDate.of(2020, 12, 3).plusDays(i * 5L);
            cases.add(new DemoPaymentHistory.CaseFacts(i + 1, 1000 + i, i % 2 == 0 ? "630102" : "630121",
                    i % 3 == 0 ? SubsidyType.NURSING : SubsidyType.LIVING, DisabilityLevel.ONE,
                    applied.withDayOfMonth(1), applied.plusDays(40), null, null, null, null, "青海银行", "62" + i,
                    CaseState.ACTIVE));
        }
        cases.add(new DemoPaymentHistory.CaseFacts(900, 1900, "630102", SubsidyType.LIVING, DisabilityLevel.TWO,
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 2), LocalDate.of(2023, 6, 10), null, null, null,
                "青海银行", "62900", CaseState.SUSPENDED));
        cases.add(new DemoPaymentHistory.CaseFacts(901, 1901, "630102", SubsidyType.LIVING, DisabilityLevel.TWO,
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 2), null, LocalDate.of(2024, 2, 20),
                LocalDate.of(2024, 1, 31), null, "青海银行", "62901", CaseState.TERMINATED));
        return cases;
    }

    @Test
    void rollsPayEveryMonthOnceAtTheRateOfThatMonthAndReissueFailuresTheNextMonth() {
        List<DemoPaymentHistory.CaseFacts> cases = cases();
        DemoPaymentHistory history = new DemoPaymentHistory(7, TODAY, RATES);
        List<YearMonth> months = history.months();
        assertEquals(YearMonth.of(2021, 1), months.get(0));
        assertEquals(YearMonth.of(2026, 10), months.get(months.size() - 1));

        Map<Long, Map<YearMonth, List<DemoPaymentHistory.Line>>> byCase = new HashMap<>();
        Map<Long, YearMonth> rollOfFailure = new HashMap<>();
        Set<String> keys = new HashSet<>();
        int failed = 0;
        for (YearMonth m : months) {
            for (DemoPaymentHistory.Roll r : history.roll(m, cases)) {
                assertEquals(m, r.month());
                for (DemoPaymentHistory.Line l : r.lines()) {
                    assertEquals(r.county(), l.subsidyCase().county(), "a line is in its county's roll");
                    assertTrue(keys.add(l.subsidyCase().caseId() + " " + l.paidMonth() + " " + l.attempt()),
                            "no line twice");
                    assertFalse(l.paidMonth().isAfter(m), "never a month ahead");
                    BigDecimal rate = RATES.get(l.subsidyCase().type())
                            .monthlyAmount(l.subsidyCase().type(), l.subsidyCase().level(), l.paidMonth().atDay(1))
                            .orElseThrow();
                    assertEquals(rate.setScale(2), l.amount(), "the rate in force for the month paid");
                    byCase.computeIfAbsent(l.subsidyCase().caseId(), k -> new HashMap<>())
                            .computeIfAbsent(l.paidMonth(), k -> new ArrayList<>()).add(l);
                    if (l.status() == PaymentLineStatus.FAILED) {
                        failed++;
                        assertEquals(1, l.attempt());
                        assertTrue(m.isBefore(YearMonth.of(2026, 10)), "no failure left for the user's roll");
                        rollOfFailure.put(l.subsidyCase().caseId() * 10_000 + l.paidMonth().getYear() * 12L
                                + l.paidMonth().getMonthValue(), m);
                    } else if (l.attempt() == 2) {
                        YearMonth failedIn = rollOfFailure.get(l.subsidyCase().caseId() * 10_000
                                + l.paidMonth().getYear() * 12L + l.paidMonth().getMonthValue());
                        assertEquals(failedIn.plusMonths(1), m, "re-issued by the next roll");
                    }
                }
            }
        }
        assertTrue(failed > 0, "some lines fail at the bank");

        YearMonth current = YearMonth.from(TODAY);
        for (DemoPaymentHistory.CaseFacts c : cases) {
            Map<YearMonth, List<DemoPaymentHistory.Line>> paid = byCase.getOrDefault(c.caseId(), Map.of());
            YearMonth last = c.state() == CaseState.TERMINATED ? YearMonth.of(2024, 1)
                    : c.state() == CaseState.SUSPENDED ? YearMonth.of(2023, 5) : current.minusMonths(1);
            if (YearMonth.from(c.activatedOn()).isAfter(current.minusMonths(1))) {
                assertTrue(paid.isEmpty(), "approved this month: nothing paid yet");
                continue;
            }
            for (YearMonth m = YearMonth.from(c.benefitFrom()); !m.isAfter(last); m = m.plusMonths(1)) {
                List<DemoPaymentHistory.Line> lines = paid.get(m);
                assertTrue(lines != null && lines.stream().anyMatch(l -> l.status() == PaymentLineStatus.PAID),
                        "case " + c.caseId() + " paid for " + m);
            }
            assertEquals(0, paid.keySet().stream().filter(m -> m.isAfter(last)).count(), "nothing after the end");

            // What the user's first roll (the current month) owes a case the history paid: this month only.
            if (c.state() == CaseState.ACTIVE) {
                List<PaymentSchedule.Existing> existing = paid.values().stream().flatMap(List::stream)
                        .map(l -> new PaymentSchedule.Existing(l.paidMonth(), l.attempt(), l.status(), l.amount()))
                        .toList();
                List<PaymentSchedule.Owed> owed = PaymentSchedule.owed(new PaymentSchedule.CaseFacts(
                                CaseState.ACTIVE, c.benefitFrom(), null, null), current, existing,
                        mm -> RATES.get(c.type()).monthlyAmount(c.type(), c.level(), mm.atDay(1)));
                assertEquals(List.of(current), owed.stream().map(PaymentSchedule.Owed::month).toList());
            }
        }
    }
}
