package cn.xndpf.application.education;

import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.workflow.CaseState;

import java.io.Serializable;
import java.math.BigDecimal;

/** A grant case as the education screens show it; the student's ID number masked. */
public record GrantView(long caseId, String caseNumber, CaseState state, String schoolYear, StudentRelation relation,
                        String studentName, String maskedStudentIdNumber, String schoolName, SchoolStage stage,
                        int grade, BigDecimal amount) implements Serializable {
}
