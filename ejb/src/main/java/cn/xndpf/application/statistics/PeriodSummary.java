package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.StatisticsPeriod;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The published figures of a period for one area, program by program (统计汇总): what the dashboard's key
 * figures, the summary report and the partner export show.
 *
 * @param asOf the day stock figures were taken on
 */
public record PeriodSummary(StatisticsPeriod period, String divisionCode, String divisionName, LocalDate asOf,
                            Instant publishedAt, List<ProgramFigures> programs) implements Serializable {

    /** The figures of one program. */
    public record ProgramFigures(String code, String chineseName, String englishName, List<FigureView> figures)
            implements Serializable {

        public String name(java.util.Locale locale) {
            return IndicatorView.english(locale) ? englishName : chineseName;
        }
    }

    public Optional<FigureView> figure(String indicatorCode) {
        return programs.stream().flatMap(p -> p.figures().stream())
                .filter(f -> f.indicator().code().equals(indicatorCode)).findFirst();
    }
}
