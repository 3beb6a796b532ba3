package cn.xndpf.application.care;

import cn.xndpf.domain.care.CareKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A care case's own data as its page shows it: the kind of care, where and since when the person is cared
 * for (null before placement), and today's monthly subsidy of that kind paid to the institution.
 */
public record CareCaseDetails(long caseId, CareKind kind, Long institutionId, String institutionName,
                              LocalDate placedOn, BigDecimal monthlyAmount) implements Serializable {
}
