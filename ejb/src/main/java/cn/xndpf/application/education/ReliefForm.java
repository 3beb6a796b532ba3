package cn.xndpf.application.education;

import cn.xndpf.domain.education.ReliefKind;

import java.io.Serializable;
import java.math.BigDecimal;

/** A fee reduction or subsidy a disabled student received: the student's ID number, school year, term (1, 2), kind, amount, school. Raw input. */
public record ReliefForm(String idNumber, String schoolYear, Integer term, ReliefKind kind, BigDecimal amount,
                         String schoolName) implements Serializable {
}
