package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.Person;
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

/** A benefit a person receives elsewhere that excludes a subsidy, over a period (recorded per person). */
@Entity
@Table(name = "overlapping_benefit")
public class OverlappingBenefit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_type", nullable = false)
    private OverlappingBenefitType type;

    @Embedded
    private DatedPeriod period;

    @Column(name = "source", nullable = false)
    private String source;

    protected OverlappingBenefit() {
    }

    public OverlappingBenefit(Person person, OverlappingBenefitType type, LocalDate validFrom, LocalDate validTo,
                              String source) {
        this.person = person;
        this.type = type;
        this.period = DatedPeriod.of(validFrom, validTo);
        this.source = source;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public OverlappingBenefitType type() {
        return type;
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
}
