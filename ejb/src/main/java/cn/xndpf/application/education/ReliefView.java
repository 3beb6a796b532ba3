package cn.xndpf.application.education;

import cn.xndpf.domain.education.ReliefKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** A fee reduction or subsidy as the student's page shows it. */
public record ReliefView(long id, String schoolYear, int term, ReliefKind kind, BigDecimal amount, String schoolName,
                         String recordedBy) implements Serializable {
}
