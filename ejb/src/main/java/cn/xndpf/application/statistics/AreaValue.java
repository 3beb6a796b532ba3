package cn.xndpf.application.statistics;

import java.io.Serializable;

/** One area's figure of an indicator: a county beside the others, or a township within its county. */
public record AreaValue(String divisionCode, String divisionName, FigureView figure) implements Serializable {
}
