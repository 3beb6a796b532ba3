package cn.xndpf.application.care;

import cn.xndpf.domain.care.CareKind;

import java.io.Serializable;
import java.time.LocalDate;

/** What the township takes down when someone applies for care (托养申请). Raw input, validated by the service. */
public record CareApplication(String idNumber, CareKind kind, LocalDate appliedOn) implements Serializable {
}
