package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Dimension;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the standard tables show for one area and period, from one read of the published figures:
 * the summary, each indicator in each area one level down, and each indicator by each of its breakdowns.
 *
 * @param subAreaFigures indicator code → figures aligned with {@code subAreas}
 * @param breakdowns     per breakdown: its values and, per indicator that has it, figures aligned with them
 */
public record ReportData(PeriodSummary summary, List<Area> subAreas, Map<String, List<FigureView>> subAreaFigures,
                         Map<Dimension, Table> breakdowns) implements Serializable {

    public record Area(String code, String name) implements Serializable {
    }

    public record Table(List<String> values, List<String> labels, Map<String, List<FigureView>> figures)
            implements Serializable {
    }
}
