package cn.xndpf.application.institution;

import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What staff enter to register or revise an institution; the entity checks it. */
public record InstitutionForm(String name, InstitutionKind kind, String qualification, Set<ServiceKind> services,
                              Integer capacity, String divisionCode, LocalDate validFrom, LocalDate validTo)
        implements Serializable {
}
