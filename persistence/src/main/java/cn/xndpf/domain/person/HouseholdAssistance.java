package cn.xndpf.domain.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One period in which a household held an assistance status; an open period has no end date. */
@Entity
@Table(name = "household_assistance")
public class HouseholdAssistance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssistanceStatus status;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** Who reported it: a staff user, or a partner such as civil affairs. */
    @Column(name = "source", nullable = false)
    private String source;

    protected HouseholdAssistance() {
    }

    HouseholdAssistance(Household household, AssistanceStatus status, LocalDate validFrom, String source) {
        this.household = household;
        this.status = status;
        this.validFrom = validFrom;
        this.source = source;
    }

    public Long id() {
        return id;
    }

    public AssistanceStatus status() {
        return status;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }

    public boolean isInForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    void endOn(LocalDate day) {
        this.validTo = day;
    }
}
