package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.StatisticsPeriod;

import java.io.Serializable;

/** A published period's figure of an indicator, for trend charts. */
public record TrendPoint(StatisticsPeriod period, FigureView figure) implements Serializable {
}
