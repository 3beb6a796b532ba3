package cn.xndpf.application.education;

import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.StudentRelation;

import java.io.Serializable;

/**
 * What is taken down when a student's grant is applied for (助学金申请): the certificate holder's ID number,
 * how the student relates to them, the student, school (a special school of the registry, or a school's
 * name), stage, grade and school year ("2025-2026"). Raw input, validated by the service.
 */
public record GrantApplication(String holderIdNumber, StudentRelation relation, String studentIdNumber,
                               String studentName, String schoolName, Long specialSchoolId, SchoolStage stage,
                               Integer grade, String schoolYear) implements Serializable {
}
