package cn.xndpf.domain.rehabilitation;

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
 * A children's rehabilitation aid case (残疾儿童康复救助办件): one child, one kind of aid, one aid year, and the
 * amount in yuan, fixed on application within the yearly cap. Approval ends the review (已审批); the services
 * themselves are the institutions' real-name records.
 */
@Entity
@Table(name = "child_rehabilitation_case")
@DiscriminatorValue("CHILD_REHABILITATION")
@PrimaryKeyJoinColumn(name = "case_id")
public class ChildAidCase extends ProgramCase {

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_kind", nullable = false, updatable = false)
    private ChildAidKind kind;

    @Column(name = "aid_year", nullable = false, updatable = false)
    private int aidYear;

    @Column(name = "amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected ChildAidCase() {
    }

    public ChildAidCase(Program program, Person child, ChildAidKind kind, BigDecimal amount, LocalDate appliedOn,
                        String actor) {
        super(program, child, appliedOn, actor);
        this.kind = kind;
        this.aidYear = appliedOn.getYear();
        this.amount = amount;
    }

    public ChildAidKind kind() {
        return kind;
    }

    public int aidYear() {
        return aidYear;
    }

    public BigDecimal amount() {
        return amount;
    }
}
