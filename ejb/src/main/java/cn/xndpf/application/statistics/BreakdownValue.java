package cn.xndpf.application.statistics;

import java.io.Serializable;

/** One value of a breakdown (a category, an age band, ...) with its figure. */
public record BreakdownValue(String value, String label, FigureView figure) implements Serializable {
}
