package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.DatedPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private DatedPeriod period;

    /** Who reported it: a staff user, or a partner such as civil affairs. */
    @Column(name = "source", nullable = false)
    private String source;

    protected HouseholdAssistance() {
    }

    HouseholdAssistance(Household household, AssistanceStatus status, LocalDate validFrom, String source) {
        this.household = household;
        this.status = status;
        this.period = DatedPeriod.from(validFrom);
        this.source = source;
    }

    public Long id() {
        return id;
    }

    public AssistanceStatus status() {
        return status;
    }

    public LocalDate validFrom() {
        return period.validFrom();
    }

    public LocalDate validTo() {
        return period.validTo();
    }

    public String source() {
        return source;
    }

    public DatedPeriod period() {
        return period;
    }

    public boolean isInForceOn(LocalDate day) {
        return period.isInForceOn(day);
    }

    void endOn(LocalDate day) {
        this.period = period.endingOn(day);
    }
}
