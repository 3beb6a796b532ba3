package cn.xndpf.domain.statistics;

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

/** 目标任务: the value a plan sets for an indicator in a period and division, in the stored unit. */
@Entity
@Table(name = "stat_target")
public class IndicatorTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    private PeriodType periodType;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "division_code", nullable = false)
    private String divisionCode;

    @Column(name = "target_value", nullable = false, precision = 18, scale = 2)
    private BigDecimal value;

    @Column(name = "source")
    private String source;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(String indicatorCode, StatisticsPeriod period, String divisionCode, BigDecimal value,
                           String source) {
        this.indicatorCode = indicatorCode;
        this.periodType = period.type();
        this.periodStart = period.start();
        this.divisionCode = divisionCode;
        this.value = value;
        this.source = source;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public StatisticsPeriod period() {
        return StatisticsPeriod.of(periodType, periodStart);
    }

    public String divisionCode() {
        return divisionCode;
    }

    public BigDecimal value() {
        return value;
    }

    public String source() {
        return source;
    }
}
