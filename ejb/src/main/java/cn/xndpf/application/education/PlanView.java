package cn.xndpf.application.education;

import cn.xndpf.domain.education.Placement;

import java.io.Serializable;
import java.time.LocalDate;

/** One version of a child's plan as the screens show it; {@code validTo} null for the plan in force. */
public record PlanView(long id, int versionNumber, Placement placement, Long institutionId, String schoolName,
                       String schoolYear, LocalDate decidedOn, LocalDate reviewDue, LocalDate validTo, String note,
                       String recordedBy) implements Serializable {
}
