package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.LegalMatterKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A legal consultation or legal-aid case as recorded; the ID number optional. */
public record LegalMatterForm(LegalMatterKind kind, String personName, String contact, String idNumber,
                              String matter, String divisionCode, LocalDate openedOn) implements Serializable {
}
