package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;

import java.util.List;
import java.util.Set;

/**
 * The SQL behind catalogued indicators (指标计算器). Each program has one class implementing this, a CDI bean
 * of the ejb module; the catalogue names a calculator by key (e.g. {@code registry.holders}) and gives it
 * an argument (a program code, a subsidy type). A calculator selects the records of one county-level
 * division and returns them grouped into {@link Cell}s; the engine forms the totals, breakdowns and rates.
 */
public interface IndicatorCalculator {

    /** The keys this calculator answers. */
    Set<String> keys();

    /** The breakdowns the cells of a key carry (the others are {@link Dimension#UNKNOWN_VALUE}). */
    Set<Dimension> dimensions(String key);

    List<Cell> cells(String key, String argument, CalculationScope scope);
}
