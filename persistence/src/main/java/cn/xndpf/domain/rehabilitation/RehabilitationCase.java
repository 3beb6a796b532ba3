package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A basic rehabilitation case (基本康复服务办件): the service an assessment found needed, the assessment, and,
 * once approved and placed, the designated institution the person was enrolled with and from which day. The
 * service does not start by itself on approval: staff place the person (the kernel's start of the benefit,
 * with the enrolment).
 */
@Entity
@Table(name = "rehabilitation_case")
@DiscriminatorValue("REHABILITATION")
@PrimaryKeyJoinColumn(name = "case_id")
public class RehabilitationCase extends ProgramCase {

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false, updatable = false)
    private ServiceKind service;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", updatable = false)
    private RehabilitationAssessment assessment;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    protected RehabilitationCase() {
    }

    public RehabilitationCase(Program program, RehabilitationAssessment assessment, LocalDate appliedOn,
                              String actor) {
        super(program, assessment.person(), appliedOn, actor);
        this.assessment = assessment;
        this.service = assessment.service();
    }

    /** Notes where and from when the person is served; the kernel starts the case itself. */
    public void placedWith(Institution at, LocalDate from) {
        this.institution = at;
        this.placedOn = from;
    }

    public ServiceKind service() {
        return service;
    }

    public RehabilitationAssessment assessment() {
        return assessment;
    }

    /** The institution the person was placed with; null before placement. */
    public Institution institution() {
        return institution;
    }

    public LocalDate placedOn() {
        return placedOn;
    }
}
