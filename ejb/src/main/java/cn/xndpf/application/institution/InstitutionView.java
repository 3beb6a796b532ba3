package cn.xndpf.application.institution;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An institution as screens and partners see it; {@code inForce} on the day it was read. */
public record InstitutionView(long id, String name, InstitutionKind kind, String qualification,
                              List<ServiceKind> services, int capacity, String divisionCode, LocalDate validFrom,
                              LocalDate validTo, boolean inForce, int version) implements Serializable {

    static InstitutionView of(Institution i, LocalDate today) {
        return new InstitutionView(i.id(), i.name(), i.kind(), i.qualification(), List.copyOf(i.services()),
                i.capacity(), i.division().value(), i.validity().validFrom(), i.validity().validTo(),
                i.isInForceOn(today), i.version());
    }
}
