package cn.xndpf.domain.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** 统计发布记录: a period's figures for a city (or other root division) as last published by a job run. */
@Entity
@Table(name = "stat_publication")
@IdClass(Publication.Key.class)
public class Publication {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    private PeriodType periodType;

    @Id
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Id
    @Column(name = "root_division")
    private String rootDivision;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "figure_count", nullable = false)
    private int figureCount;

    protected Publication() {
    }

    public StatisticsPeriod period() {
        return StatisticsPeriod.of(periodType, periodStart);
    }

    public String rootDivision() {
        return rootDivision;
    }

    /** The day the stock figures were taken on: the period's end, or the day of the run while it lasted. */
    public LocalDate asOf() {
        return asOf;
    }

    public long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int figureCount() {
        return figureCount;
    }

    /** The composite key of {@link Publication}. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private PeriodType periodType;
        private LocalDate periodStart;
        private String rootDivision;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.periodType == periodType && Objects.equals(k.periodStart, periodStart)
                    && Objects.equals(k.rootDivision, rootDivision);
        }

        @Override
        public int hashCode() {
            return Objects.hash(periodType, periodStart, rootDivision);
        }
    }
}
