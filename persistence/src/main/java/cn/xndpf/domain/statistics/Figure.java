package cn.xndpf.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published figure (统计数据): one indicator's value for a period in one county-level division, in total or
 * for one value of a breakdown. Written only by the statistics jobs, which replace a period's figures whole;
 * the dashboard, the reports and the partner export all read these rows, so they never disagree.
 */
@Entity
@Table(name = "stat_figure")
@IdClass(Figure.Key.class)
public class Figure {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    private PeriodType periodType;

    @Id
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Id
    @Column(name = "indicator_code")
    private String indicatorCode;

    @Id
    @Column(name = "division_code")
    private String divisionCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension")
    private Dimension dimension;

    @Id
    @Column(name = "dim_value")
    private String dimensionValue;

    @Column(name = "figure_value", nullable = false, precision = 18, scale = 2)
    private BigDecimal value;

    @Column(name = "numerator", precision = 18, scale = 2)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 18, scale = 2)
    private BigDecimal denominator;

    protected Figure() {
    }

    public StatisticsPeriod period() {
        return StatisticsPeriod.of(periodType, periodStart);
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String dimensionValue() {
        return dimensionValue;
    }

    /** The value in the indicator's base unit (yuan for money, percent for rates). */
    public BigDecimal value() {
        return value;
    }

    /** For rates: what was counted above the line. */
    public BigDecimal numerator() {
        return numerator;
    }

    /** For rates: what was counted below the line. */
    public BigDecimal denominator() {
        return denominator;
    }

    /** The composite key of {@link Figure}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private PeriodType periodType;
        private LocalDate periodStart;
        private String indicatorCode;
        private String divisionCode;
        private Dimension dimension;
        private String dimensionValue;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.periodType == periodType && Objects.equals(k.periodStart, periodStart)
                    && Objects.equals(k.indicatorCode, indicatorCode) && Objects.equals(k.divisionCode, divisionCode)
                    && k.dimension == dimension && Objects.equals(k.dimensionValue, dimensionValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(periodType, periodStart, indicatorCode, divisionCode, dimension, dimensionValue);
        }
    }
}
