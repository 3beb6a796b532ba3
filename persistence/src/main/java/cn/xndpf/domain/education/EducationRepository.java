package cn.xndpf.domain.education;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;

import java.util.List;
import java.util.Optional;

/** Education's own records. */
public interface EducationRepository {

    /** The student's grant cases of a school year that still count (every state but rejected). */
    List<EducationGrantCase> grantsOf(IdNumber student, SchoolYear year);

    /** Every grant case of the student, newest school year first. */
    List<EducationGrantCase> grantsOf(IdNumber student);

    /** Every version of the child's plan, newest first. */
    List<EducationPlan> plansOf(Person child);

    void store(EducationPlan plan);

    /** The student's fee reductions and subsidies, newest first. */
    List<FeeRelief> reliefsOf(Person student);

    boolean hasRelief(Person student, SchoolYear year, int term, ReliefKind kind);

    void store(FeeRelief relief);

    /** The education bureau's report about the child for the school year, if any. */
    Optional<EnrolmentReport> enrolmentOf(Person child, SchoolYear year);

    void store(EnrolmentReport report);

    /** The approved (已审批) grant cases of a school year within the jurisdiction, oldest first. */
    List<EducationGrantCase> approvedGrants(DivisionCode jurisdiction, SchoolYear year);

    /** The payments of these cases, by case id. */
    java.util.Map<Long, GrantPayment> paymentsOf(List<Long> caseIds);

    void store(GrantPayment payment);
}
