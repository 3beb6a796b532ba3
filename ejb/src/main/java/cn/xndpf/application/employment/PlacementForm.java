package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.PlacementKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A placement as staff enter it: the person's ID number, the kind, the employer's credit code (or none), the first day. */
public record PlacementForm(String idNumber, PlacementKind kind, String employerCreditCode, LocalDate startedOn)
        implements Serializable {
}
