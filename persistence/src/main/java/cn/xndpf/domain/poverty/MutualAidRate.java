package cn.xndpf.domain.poverty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pilot's monthly amount (元/月) from a day (互助补贴标准). */
@Entity
@Table(name = "mutual_aid_rate")
public class MutualAidRate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id", nullable = false, updatable = false)
    private MutualAidPilot pilot;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "monthly_amount", nullable = false, updatable = false)
    private BigDecimal monthlyAmount;

    protected MutualAidRate() {
    }

    MutualAidRate(MutualAidPilot pilot, LocalDate validFrom, BigDecimal monthlyAmount) {
        this.pilot = pilot;
        this.validFrom = validFrom;
        this.monthlyAmount = monthlyAmount;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public BigDecimal monthlyAmount() {
        return monthlyAmount;
    }
}
