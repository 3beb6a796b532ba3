package cn.xndpf.domain.education;

import cn.xndpf.domain.person.IdNumber;

import java.util.List;

/** Education's own records. */
public interface EducationRepository {

    /** The student's grant cases of a school year that still count (every state but rejected). */
    List<EducationGrantCase> grantsOf(IdNumber student, SchoolYear year);

    /** Every grant case of the student, newest school year first. */
    List<EducationGrantCase> grantsOf(IdNumber student);
}
