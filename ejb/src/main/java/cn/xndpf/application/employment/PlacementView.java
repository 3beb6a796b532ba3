package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.PlacementKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A placement as screens see it: the ID number masked, the employer by name (or null). */
public record PlacementView(long id, String maskedIdNumber, String name, PlacementKind kind, String employerName,
                            String divisionCode, LocalDate startedOn, LocalDate endedOn, int version)
        implements Serializable {

    public boolean open() {
        return endedOn == null;
    }
}
