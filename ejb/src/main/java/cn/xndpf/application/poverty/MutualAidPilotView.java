package cn.xndpf.application.poverty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A mutual-aid pilot as shown: its division, days and the monthly amount in force today. */
public record MutualAidPilotView(long id, String divisionCode, String name, LocalDate validFrom, LocalDate validTo,
                                 BigDecimal monthlyAmountNow) implements Serializable {
}
