package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.person.DisabilityLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A monthly rate (补贴标准, 元/人/月) of a subsidy for a disability level, in force from a date until the
 * next rate for the same subsidy and level. A rate without a level applies to every level that has
 * no rate of its own.
 */
@Entity
@Table(name = "subsidy_rate")
public class SubsidyRate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_type", nullable = false)
    private SubsidyType type;

    @Column(name = "disability_level")
    private DisabilityLevel level;

    @Column(name = "monthly_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyAmount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    protected SubsidyRate() {
    }

    public SubsidyRate(SubsidyType type, DisabilityLevel level, BigDecimal monthlyAmount, LocalDate validFrom) {
        this.type = type;
        this.level = level;
        this.monthlyAmount = monthlyAmount;
        this.validFrom = validFrom;
    }

    public Long id() {
        return id;
    }

    public SubsidyType type() {
        return type;
    }

    public DisabilityLevel level() {
        return level;
    }

    public BigDecimal monthlyAmount() {
        return monthlyAmount;
    }

    public LocalDate validFrom() {
        return validFrom;
    }
}
