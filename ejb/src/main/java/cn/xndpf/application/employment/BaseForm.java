package cn.xndpf.application.employment;

import java.io.Serializable;
import java.time.LocalDate;

/** What staff enter to record an employment and entrepreneurship base (就业创业基地); the entity checks it. */
public record BaseForm(String name, String kindCode, String divisionCode, LocalDate recognisedOn,
                       Integer disabledEmployed) implements Serializable {
}
