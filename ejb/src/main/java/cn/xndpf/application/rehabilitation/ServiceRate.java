package cn.xndpf.application.rehabilitation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The basic service rate of a jurisdiction over a period (基本康复服务率): people assessed as needing a basic
 * service in the period, how many of them a designated institution served in it, and served / needing in
 * percent (null when nobody was assessed as needing).
 */
public record ServiceRate(String jurisdiction, LocalDate firstDay, LocalDate lastDay, long assessedAsNeeding,
                          long served, BigDecimal percent) implements Serializable {
}
