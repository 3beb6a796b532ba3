package cn.xndpf.application.poverty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month paid as shown: the helper by name and masked ID number. */
public record MutualAidPaymentView(long id, Long pilotId, String householdNumber, String helper, YearMonth month,
                                   BigDecimal amount, LocalDate paidOn) implements Serializable {
}
