package cn.xndpf.batch.statistics;

import cn.xndpf.domain.statistics.FigureValue;

import java.io.Serializable;
import java.util.List;

/** The figures of one indicator and county, ready to stage. */
record ComputedFigures(IndicatorItem item, List<FigureValue> values) implements Serializable {
}
