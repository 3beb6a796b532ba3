package cn.xndpf.domain.education;

import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant case (助学金办件): one student's grant for one school year. The case's person is the certificate
 * holder (the student or a parent), whose division places it; the student, school, stage and grade are the
 * case's own. The amount is fixed when the application is taken (the one in force for the stage on the
 * school year's first day), so a later change of the rate does not change an application under review.
 * A one-off grant: approval ends the review with the case 已审批; it pays no monthly roll.
 */
@Entity
@Table(name = "education_grant_case")
@DiscriminatorValue("EDUCATION_GRANT")
@PrimaryKeyJoinColumn(name = "case_id")
public class EducationGrantCase extends ProgramCase {

    @Enumerated(EnumType.STRING)
    @Column(name = "student_relation", nullable = false, updatable = false)
    private StudentRelation relation;

    @Column(name = "student_id_number", nullable = false, updatable = false)
    private IdNumber studentIdNumber;

    @Column(name = "student_name", nullable = false)
    private String studentName;

    @Column(name = "school_name", nullable = false)
    private String schoolName;

    /** The special school (特殊教育学校) of the institution registry, where the student attends one. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_stage", nullable = false)
    private SchoolStage stage;

    @Column(name = "grade", nullable = false)
    private int grade;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(name = "grant_amount", nullable = false)
    private BigDecimal amount;

    protected EducationGrantCase() {
    }

    public EducationGrantCase(Program program, Person holder, StudentRelation relation, IdNumber studentIdNumber,
                              String studentName, String schoolName, Long institutionId, SchoolStage stage, int grade,
                              SchoolYear schoolYear, BigDecimal amount, LocalDate appliedOn, String actor) {
        super(program, holder, appliedOn, actor);
        this.relation = relation;
        this.studentIdNumber = studentIdNumber;
        this.studentName = studentName;
        this.schoolName = schoolName;
        this.institutionId = institutionId;
        this.stage = stage;
        this.grade = grade;
        this.schoolYear = schoolYear.startYear();
        this.amount = amount;
    }

    public StudentRelation relation() {
        return relation;
    }

    public IdNumber studentIdNumber() {
        return studentIdNumber;
    }

    public String studentName() {
        return studentName;
    }

    public String schoolName() {
        return schoolName;
    }

    public Long institutionId() {
        return institutionId;
    }

    public SchoolStage stage() {
        return stage;
    }

    public int grade() {
        return grade;
    }

    public SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    public BigDecimal amount() {
        return amount;
    }
}
