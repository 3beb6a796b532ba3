package cn.xndpf.application.education;

import cn.xndpf.domain.education.Placement;

import java.io.Serializable;

/**
 * A decision on a child's plan (一人一案安置): the child's ID number, the placement, the special school of the
 * registry (for {@link Placement#SPECIAL_SCHOOL}) or the school's name (the mainstream school, or the school
 * whose teachers teach at home), the school year ("2025-2026") and, for a review, why. Raw input.
 */
public record PlanForm(String idNumber, Placement placement, Long specialSchoolId, String schoolName,
                       String schoolYear, String note) implements Serializable {
}
