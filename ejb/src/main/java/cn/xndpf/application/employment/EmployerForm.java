package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.EmployerKind;

import java.io.Serializable;

/** An employer as registered (用人单位登记). */
public record EmployerForm(String creditCode, String name, String divisionCode, EmployerKind kind,
                           String taxOffice) implements Serializable {
}
