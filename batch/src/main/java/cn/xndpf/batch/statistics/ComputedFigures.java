package cn.xndpf.batch.statistics;

import cn.xndpf.domain.statistics.FigureValue;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The figures of one indicator for every county of the city, by county code, ready to stage. */
record ComputedFigures(IndicatorItem item, Map<String, List<FigureValue>> valuesByCounty) implements Serializable {
}
