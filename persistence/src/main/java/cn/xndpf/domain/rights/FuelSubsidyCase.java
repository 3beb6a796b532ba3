package cn.xndpf.domain.rights;

import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fuel-subsidy case (机动轮椅车燃油补贴办件): one owner's subsidy for one year. The amount is fixed when the
 * application is taken (the one in force on 1 January of that year), so a later change of the setting leaves
 * a year already applied for or paid as it was. A one-off payment: approval ends the review with the case
 * 已审批, and {@link #markPaid} records that the money went out, once.
 */
@Entity
@Table(name = "fuel_subsidy_case")
@DiscriminatorValue("WHEELCHAIR_FUEL")
@PrimaryKeyJoinColumn(name = "case_id")
public class FuelSubsidyCase extends ProgramCase {

    /** Repeats the case's person for the database's one-application-a-person-and-year key. */
    @Column(name = "person_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "subsidy_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "vehicle_plate", nullable = false, updatable = false)
    private String vehiclePlate;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_by")
    private String paidBy;

    protected FuelSubsidyCase() {
    }

    public FuelSubsidyCase(Program program, Person owner, int year, String vehiclePlate, BigDecimal amount,
                           LocalDate appliedOn, String actor) {
        super(program, owner, appliedOn, actor);
        this.ownerId = owner.id();
        this.year = year;
        this.vehiclePlate = vehiclePlate;
        this.amount = amount;
    }

    /**
     * Records the payment on {@code day}: only an approved case, once, on a day from the application to
     * {@code today}.
     */
    public void markPaid(LocalDate day, LocalDate today, String actor) {
        if (state() != CaseState.APPROVED) {
            throw new InvalidValueException("state", "case.wrongState", state().chineseName());
        }
        if (paidOn != null) {
            throw new InvalidValueException("paidOn", "fuel.alreadyPaid", paidOn.toString());
        }
        if (day == null) {
            throw new InvalidValueException("paidOn", "date.required");
        }
        if (day.isBefore(appliedOn()) || day.isAfter(today)) {
            throw new InvalidValueException("paidOn", "fuel.paidOnOutOfRange", appliedOn().toString());
        }
        this.paidOn = day;
        this.paidBy = actor;
    }

    public int year() {
        return year;
    }

    public String vehiclePlate() {
        return vehiclePlate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paidBy() {
        return paidBy;
    }
}
