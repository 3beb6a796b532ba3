package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A case of one of the two subsidies: what is paid follows the subsidy type and the disability level
 * the rate is taken at; payment goes to the person's social-security card or bank account.
 */
@Entity
@Table(name = "subsidy_case")
@DiscriminatorValue("SUBSIDY")
@PrimaryKeyJoinColumn(name = "case_id")
public class SubsidyCase extends ProgramCase {

    /** Longest bank name kept (the column's length, V3; the bank file's too, V4). */
    public static final int MAX_BANK_NAME = 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_type", nullable = false, updatable = false)
    private SubsidyType type;

    @Column(name = "benefit_level", nullable = false)
    private DisabilityLevel benefitLevel;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "bank_account")
    private String bankAccount;

    protected SubsidyCase() {
    }

    /** A new case of {@code program}, the row of {@code type} (its {@link SubsidyType#programCode()}). */
    public SubsidyCase(Program program, SubsidyType type, Person person, DisabilityLevel benefitLevel, String bankName,
                       String bankAccount, LocalDate appliedOn, String actor) {
        super(program, person, appliedOn, actor);
        if (!program.code().equals(type.programCode())) {
            throw new IllegalArgumentException(program.code() + " is not the program of " + type);
        }
        this.type = type;
        this.benefitLevel = benefitLevel;
        this.bankName = bankName;
        this.bankAccount = bankAccount;
    }

    /** Paid from the month of application once approved; months approved late are paid back. */
    @Override
    protected LocalDate benefitStartsOn() {
        return appliedOn().withDayOfMonth(1);
    }

    public SubsidyType type() {
        return type;
    }

    public DisabilityLevel benefitLevel() {
        return benefitLevel;
    }

    public String bankName() {
        return bankName;
    }

    public String bankAccount() {
        return bankAccount;
    }

    /**
     * After a re-assessment the rate follows the new level from the next roll on; the change is a step on
     * the case's timeline, with who and why.
     */
    public void changeBenefitLevel(DisabilityLevel newLevel, String actor, String reason) {
        if (newLevel == null) {
            throw new InvalidValueException("level", "level.unknown", "");
        }
        if (newLevel == benefitLevel) {
            throw new InvalidValueException("level", "subsidy.levelUnchanged", newLevel.chineseName());
        }
        recordBenefitChange(actor, reason);
        this.benefitLevel = newLevel;
    }
}
