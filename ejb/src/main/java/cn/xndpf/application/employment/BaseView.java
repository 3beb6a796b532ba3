package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.EmploymentBase;

import java.io.Serializable;
import java.time.LocalDate;

/** An employment and entrepreneurship base as screens show it. */
public record BaseView(long id, String name, String kindCode, String kindZh, String kindEn, boolean heritage,
                       String divisionCode, LocalDate recognisedOn, int disabledEmployed, int version)
        implements Serializable {

    static BaseView of(EmploymentBase b) {
        return new BaseView(b.id(), b.name(), b.kind().code(), b.kind().nameZh(), b.kind().nameEn(),
                b.kind().heritage(), b.division().value(), b.recognisedOn(), b.disabledEmployed(), b.version());
    }

    /** A kind of base of the code table. */
    public record Kind(String code, String nameZh, String nameEn, boolean heritage) implements Serializable {
    }
}
