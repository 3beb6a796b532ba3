package cn.xndpf.application.poverty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated monthly amount of a mutual-aid pilot (邻里互助补贴标准): in force from its day until the next one's. */
public record MutualAidRateView(LocalDate validFrom, BigDecimal monthlyAmount) implements Serializable {
}
