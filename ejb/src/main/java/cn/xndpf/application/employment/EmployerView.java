package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmployerKind;

import java.io.Serializable;

public record EmployerView(long id, String creditCode, String name, String divisionCode, EmployerKind kind,
                           String taxOffice, int version) implements Serializable {

    static EmployerView of(Employer e) {
        return new EmployerView(e.id(), e.creditCode().value(), e.name(), e.division().value(), e.kind(),
                e.taxOffice(), e.version());
    }
}
