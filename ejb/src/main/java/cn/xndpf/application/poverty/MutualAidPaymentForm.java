package cn.xndpf.application.poverty;

import java.io.Serializable;
import java.time.YearMonth;

/** A month to pay a neighbour for helping a household (邻里互助补贴发放) as typed. */
public record MutualAidPaymentForm(Long pilotId, String householdNumber, String helperIdNumber, String helperName,
                                   YearMonth month) implements Serializable {
}
