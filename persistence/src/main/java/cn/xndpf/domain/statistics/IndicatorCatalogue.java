package cn.xndpf.domain.statistics;

import java.util.List;
import java.util.Optional;

/** The indicator catalogue (指标目录), its age bands and the plans' targets. */
public interface IndicatorCatalogue {

    List<StatisticsProgram> programs();

    /** Active indicators in report order: by program, then by their display order. */
    List<Indicator> indicators();

    Optional<Indicator> indicator(String code);

    /** Age bands, youngest first. */
    List<AgeBand> ageBands();

    /** Targets set for a period, every division. */
    List<IndicatorTarget> targets(StatisticsPeriod period);

    void store(IndicatorTarget target);
}
