package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A legal consultation or legal-aid case ends once, with an outcome of its kind, on a possible day. */
class LegalMatterTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 4, 1);

    private static LegalMatter matter(LegalMatterKind kind) {
        return new LegalMatter(kind, "李四", "13700000000", null, null, "工伤赔偿纠纷", DivisionCode.of("630104"),
                OPENED, OPENED);
    }

    @Test
    void aCaseEndsWithAnOutcomeOfItsKindOnce() {
        LegalMatter aid = matter(LegalMatterKind.LEGAL_AID);
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertEquals("legal.outcomeOfOtherKind", assertThrows(InvalidValueException.class,
                () -> aid.conclude(today, LegalOutcome.ANSWERED, null, today)).key());
        assertNull(aid.outcome());
        aid.conclude(today, LegalOutcome.SETTLED, "调解结案，获赔3万元", today);
        assertEquals(LegalOutcome.SETTLED, aid.outcome());
        assertEquals(today, aid.concludedOn());
        assertEquals("legal.alreadyConcluded", assertThrows(InvalidValueException.class,
                () -> aid.conclude(today, LegalOutcome.WON, null, today)).key());
        assertEquals(LegalOutcome.SETTLED, aid.outcome());
    }

    @Test
    void aConsultationIsAnsweredOrReferredOnADayBetweenItsOpeningAndToday() {
        LegalMatter c = matter(LegalMatterKind.CONSULTATION);
        assertEquals("legal.outcomeOfOtherKind", assertThrows(InvalidValueException.class,
                () -> c.conclude(OPENED, LegalOutcome.WON, null, OPENED)).key());
        assertEquals("petition.dayBeforePrevious", assertThrows(InvalidValueException.class,
                () -> c.conclude(OPENED.minusDays(1), LegalOutcome.ANSWERED, null, OPENED)).key());
        assertEquals("date.future", assertThrows(InvalidValueException.class,
                () -> c.conclude(OPENED.plusDays(1), LegalOutcome.ANSWERED, null, OPENED)).key());
        assertEquals("legal.outcomeRequired", assertThrows(InvalidValueException.class,
                () -> c.conclude(OPENED, null, null, OPENED)).key());
        c.conclude(OPENED, LegalOutcome.REFERRED, " ", OPENED);
        assertEquals(LegalOutcome.REFERRED, c.outcome());
        assertNull(c.outcomeNote(), "a blank note is none");
    }

    @Test
    void aMatterNeedsItsKindPersonMatterDivisionAndAPossibleDay() {
        DivisionCode d = DivisionCode.of("630104");
        assertEquals("kind", assertThrows(InvalidValueException.class, () -> new LegalMatter(null, "李四", "137", null,
                null, "事项", d, OPENED, OPENED)).field());
        assertEquals("personName", assertThrows(InvalidValueException.class, () -> new LegalMatter(
                LegalMatterKind.CONSULTATION, "", "137", null, null, "事项", d, OPENED, OPENED)).field());
        assertEquals("matter", assertThrows(InvalidValueException.class, () -> new LegalMatter(
                LegalMatterKind.CONSULTATION, "李四", "137", null, null, " ", d, OPENED, OPENED)).field());
        assertEquals("openedOn", assertThrows(InvalidValueException.class, () -> new LegalMatter(
                LegalMatterKind.CONSULTATION, "李四", "137", null, null, "事项", d, OPENED.plusDays(1), OPENED)).field());
    }
}
