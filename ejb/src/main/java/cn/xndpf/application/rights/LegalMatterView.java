package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.LegalMatter;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalOutcome;

import java.io.Serializable;
import java.time.LocalDate;

/** A legal consultation or legal-aid case as screens see it; the ID number masked. */
public record LegalMatterView(long id, LegalMatterKind kind, String personName, String contact,
                              String maskedIdNumber, boolean registered, String matter, String divisionCode,
                              LocalDate openedOn, LegalOutcome outcome, String outcomeNote, LocalDate concludedOn,
                              int version) implements Serializable {

    static LegalMatterView of(LegalMatter m) {
        return new LegalMatterView(m.id(), m.kind(), m.personName(), m.contact(),
                m.idNumber() == null ? null : m.idNumber().masked(), m.personId() != null, m.matter(),
                m.division().value(), m.openedOn(), m.outcome(), m.outcomeNote(), m.concludedOn(), m.version());
    }
}
