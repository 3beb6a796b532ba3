package cn.xndpf.domain.care;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.person.Person;
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
 * A care case (托养办件): the kind of care applied for and, once approved and placed, the institution the
 * person was enrolled with and from which day. The service does not start by itself on approval: staff
 * place the person (the kernel's start of the benefit, with the enrolment).
 */
@Entity
@Table(name = "care_case")
@DiscriminatorValue("CARE")
@PrimaryKeyJoinColumn(name = "case_id")
public class CareCase extends ProgramCase {

    @Enumerated(EnumType.STRING)
    @Column(name = "care_kind", nullable = false, updatable = false)
    private CareKind kind;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    protected CareCase() {
    }

    public CareCase(Program program, CareKind kind, Person person, LocalDate appliedOn, String actor) {
        super(program, person, appliedOn, actor);
        this.kind = kind;
    }

    /** Notes where and from when the person is cared for; the kernel starts the case itself. */
    public void placedWith(Institution at, LocalDate from) {
        this.institution = at;
        this.placedOn = from;
    }

    public CareKind kind() {
        return kind;
    }

    /** The institution the person was placed with; null before placement. */
    public Institution institution() {
        return institution;
    }

    public LocalDate placedOn() {
        return placedOn;
    }
}
