package cn.xndpf.batch.statistics;

import java.io.Serializable;

/** One indicator to compute for every county of the run's city: the unit of a chunk and of a restart. */
record IndicatorItem(String indicatorCode) implements Serializable {
}
