package cn.xndpf.batch.statistics;

import java.io.Serializable;

/** One indicator to compute for one county. */
record IndicatorItem(String indicatorCode, String county) implements Serializable {
}
