package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PolicySetting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statutory deadlines of a petition, counted in calendar days from the day after the event (信访工作条例:
 * 15 days to decide on acceptance, 60 to answer, one extension of up to 30, 30 to ask for a review, 30 to
 * decide it), their boundaries, the one extension, and a dated change of a setting that leaves a petition
 * received before it on its old deadlines.
 */
class PetitionDeadlinesTest {

    private static final LocalDate STATUTE = LocalDate.of(2022, 5, 1);

    private final List<PolicySetting> settings = new ArrayList<>(List.of(
            new PolicySetting(PetitionDeadlines.ACCEPT_DAYS, "15", STATUTE, null),
            new PolicySetting(PetitionDeadlines.ANSWER_DAYS, "60", STATUTE, null),
            new PolicySetting(PetitionDeadlines.EXTENSION_MAX_DAYS, "30", STATUTE, null),
            new PolicySetting(PetitionDeadlines.REVIEW_REQUEST_DAYS, "30", STATUTE, null),
            new PolicySetting(PetitionDeadlines.REVIEW_DECISION_DAYS, "30", STATUTE, null),
            new PolicySetting(PetitionDeadlines.WORKING_DAYS, "false", STATUTE, null),
            new PolicySetting(PetitionDeadlines.REMINDER_DAYS, "5", STATUTE, null)));

    private PetitionDeadlines on(LocalDate day) {
        return PetitionDeadlines.inForceOn(day, (key, d) -> InForce.on(
                settings.stream().filter(s -> s.key().equals(key)).toList(), PolicySetting::validFrom, d)
                .map(PolicySetting::value).orElse(null));
    }

    private Petition received(LocalDate day) {
        return new Petition(PetitionChannel.VISIT, "张三", "13900000000", null, null, "无障碍通道被占用",
                DivisionCode.of("630102"), day, on(day), "tester", day);
    }

    @Test
    void eachPeriodCountsCalendarDaysFromTheDayAfter() {
        PetitionDeadlines d = on(LocalDate.of(2025, 3, 3));
        assertEquals(LocalDate.of(2025, 3, 18), d.acceptBy(LocalDate.of(2025, 3, 3)), "15 days, weekends included");
        assertEquals(LocalDate.of(2025, 5, 2), d.answerBy(LocalDate.of(2025, 3, 3)), "60 days");
        assertEquals(LocalDate.of(2025, 4, 2), d.reviewRequestBy(LocalDate.of(2025, 3, 3)));
        assertEquals(LocalDate.of(2025, 4, 2), d.reviewBy(LocalDate.of(2025, 3, 3)));
    }

    @Test
    void workingDaysWhenTheSettingSaysSo() {
        settings.add(new PolicySetting(PetitionDeadlines.WORKING_DAYS, "true", LocalDate.of(2025, 1, 1), null));
        // Friday 2025-03-07 + 15 working days = Friday 2025-03-28
        assertEquals(LocalDate.of(2025, 3, 28), on(LocalDate.of(2025, 3, 7)).acceptBy(LocalDate.of(2025, 3, 7)));
    }

    @Test
    void theAnswerDeadlineIsExtendedOnceByAtMostTheMaximum() {
        LocalDate received = LocalDate.of(2025, 1, 2);
        Petition p = received(received);
        p.accept(LocalDate.of(2025, 1, 10), on(received), "tester", LocalDate.of(2025, 1, 10));
        assertEquals(LocalDate.of(2025, 3, 11), p.answerBy());
        LocalDate today = LocalDate.of(2025, 3, 11);
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> p.extend(31, "需调查核实", on(received), "tester", today));
        assertEquals("petition.extensionRange", tooLong.key());
        assertThrows(InvalidValueException.class, () -> p.extend(0, "需调查核实", on(received), "tester", today));
        assertEquals("petition.noticeRequired", assertThrows(InvalidValueException.class,
                () -> p.extend(30, " ", on(received), "tester", today)).key());
        assertEquals(LocalDate.of(2025, 3, 11), p.answerBy(), "refusals change nothing");

        p.extend(30, "需调查核实", on(received), "tester", today);
        assertEquals(LocalDate.of(2025, 4, 10), p.answerBy(), "30 days on from the deadline it extends");
        assertEquals(p.answerBy(), p.dueOn());
        assertEquals("petition.alreadyExtended", assertThrows(InvalidValueException.class,
                () -> p.extend(1, "再次延期", on(received), "tester", today)).key());
    }

    @Test
    void anExtensionAfterTheDeadlineIsRefused() {
        LocalDate received = LocalDate.of(2025, 1, 2);
        Petition p = received(received);
        p.accept(received, on(received), "tester", received);
        InvalidValueException late = assertThrows(InvalidValueException.class,
                () -> p.extend(10, "需调查核实", on(received), "tester", p.answerBy().plusDays(1)));
        assertEquals("petition.extensionTooLate", late.key());
        assertEquals(0, p.extendedDays());
    }

    @Test
    void overdueTheDayAfterTheLastDayNotOnIt() {
        Petition p = received(LocalDate.of(2025, 6, 1));
        assertEquals(LocalDate.of(2025, 6, 16), p.dueOn());
        assertFalse(p.isOverdueOn(LocalDate.of(2025, 6, 16)), "the last day is still in time");
        assertTrue(p.isOverdueOn(LocalDate.of(2025, 6, 17)));
    }

    @Test
    void aReviewMayBeAskedForOnTheLastDayButNotAfter() {
        LocalDate received = LocalDate.of(2025, 1, 2);
        Petition p = received(received);
        p.accept(received, on(received), "tester", received);
        p.answer(LocalDate.of(2025, 2, 1), "已协调处理", on(received), "tester", LocalDate.of(2025, 2, 1));
        assertNull(p.dueOn(), "waiting for the petitioner is no deadline of the division's");
        assertEquals(LocalDate.of(2025, 3, 3), p.reviewRequestBy());
        LocalDate tooLate = LocalDate.of(2025, 3, 4);
        assertEquals("petition.reviewTooLate", assertThrows(InvalidValueException.class,
                () -> p.requestReview(tooLate, "不服答复", on(received), "tester", tooLate)).key());
        assertEquals(PetitionState.ANSWERED, p.state());
        LocalDate last = LocalDate.of(2025, 3, 3);
        p.requestReview(last, "不服答复", on(received), "tester", last);
        assertEquals(LocalDate.of(2025, 4, 2), p.dueOn());
        p.decideReview(LocalDate.of(2025, 3, 20), "维持原答复", "tester", LocalDate.of(2025, 3, 20));
        p.close(LocalDate.of(2025, 3, 21), Satisfaction.BASICALLY_SATISFIED, "tester", LocalDate.of(2025, 3, 21));
        assertEquals(PetitionState.CLOSED, p.state());
        assertEquals(List.of(PetitionStep.RECEIVED, PetitionStep.ACCEPTED, PetitionStep.ANSWERED,
                PetitionStep.REVIEW_REQUESTED, PetitionStep.REVIEWED, PetitionStep.CLOSED),
                p.timeline().stream().map(PetitionEvent::step).toList());
    }

    @Test
    void aDatedChangeLeavesPetitionsReceivedBeforeItOnTheirDeadlines() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        Petition old = received(before);
        settings.add(new PolicySetting(PetitionDeadlines.ACCEPT_DAYS, "10", LocalDate.of(2025, 7, 1), null));
        settings.add(new PolicySetting(PetitionDeadlines.ANSWER_DAYS, "45", LocalDate.of(2025, 7, 1), null));
        Petition recent = received(LocalDate.of(2025, 7, 1));
        assertEquals(LocalDate.of(2025, 7, 15), old.acceptBy(), "15 days, as on the day it was received");
        assertEquals(LocalDate.of(2025, 7, 11), recent.acceptBy(), "10 days from the change");
        // accepted after the change, the old petition still gets the 60 days in force when it was received
        LocalDate accepted = LocalDate.of(2025, 7, 2);
        old.accept(accepted, on(old.receivedOn()), "tester", accepted);
        assertEquals(LocalDate.of(2025, 8, 31), old.answerBy());
        recent.accept(accepted, on(recent.receivedOn()), "tester", accepted);
        assertEquals(LocalDate.of(2025, 8, 16), recent.answerBy());
    }

    @Test
    void stepsInTheWrongOrderOrOnImpossibleDaysAreRefused() {
        LocalDate received = LocalDate.of(2025, 5, 10);
        Petition p = received(received);
        assertEquals("petition.wrongState", assertThrows(InvalidValueException.class,
                () -> p.answer(received, "答复", on(received), "tester", received)).key());
        assertEquals("petition.dayBeforePrevious", assertThrows(InvalidValueException.class,
                () -> p.accept(received.minusDays(1), on(received), "tester", received)).key());
        assertEquals("date.future", assertThrows(InvalidValueException.class,
                () -> p.accept(received.plusDays(2), on(received), "tester", received.plusDays(1))).key());
        assertEquals("petition.wrongState", assertThrows(InvalidValueException.class,
                () -> p.close(received, Satisfaction.SATISFIED, "tester", received)).key());
        assertEquals(PetitionState.RECEIVED, p.state());
        assertEquals(1, p.timeline().size(), "refusals add nothing to the timeline");
        p.refuse(received, "不属于本机关职责范围", "tester", received);
        assertFalse(p.state().isOpen());
        assertNull(p.dueOn());
        assertEquals("petition.notOpen", assertThrows(InvalidValueException.class,
                () -> p.assign(DivisionCode.of("630103"), "tester", received)).key());
    }

    @Test
    void aPetitionNeedsChannelNameContactMatterAndDivision() {
        LocalDate d = LocalDate.of(2025, 5, 10);
        assertEquals("channel", assertThrows(InvalidValueException.class, () -> new Petition(null, "张三", "139",
                null, null, "事项", DivisionCode.of("630102"), d, on(d), "t", d)).field());
        assertEquals("petitionerName", assertThrows(InvalidValueException.class, () -> new Petition(
                PetitionChannel.PHONE, " ", "139", null, null, "事项", DivisionCode.of("630102"), d, on(d), "t", d)).field());
        assertEquals("contact", assertThrows(InvalidValueException.class, () -> new Petition(
                PetitionChannel.PHONE, "张三", "", null, null, "事项", DivisionCode.of("630102"), d, on(d), "t", d)).field());
        assertEquals("matter", assertThrows(InvalidValueException.class, () -> new Petition(
                PetitionChannel.PHONE, "张三", "139", null, null, "", DivisionCode.of("630102"), d, on(d), "t", d)).field());
        assertEquals("receivedOn", assertThrows(InvalidValueException.class, () -> new Petition(
                PetitionChannel.PHONE, "张三", "139", null, null, "事项", DivisionCode.of("630102"), d.plusDays(1),
                on(d), "t", d)).field());
    }
}
