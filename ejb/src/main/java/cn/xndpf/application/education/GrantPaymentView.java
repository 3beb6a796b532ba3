package cn.xndpf.application.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved grant as the payment screen lists it: the case (with the version the payer saw), the student
 * (ID number masked), the amount, and its payment once made (paidOn null while unpaid).
 */
public record GrantPaymentView(long caseId, int caseVersion, String caseNumber, String studentName,
                               String maskedStudentIdNumber, String schoolName, String division, BigDecimal amount,
                               LocalDate paidOn, BigDecimal paidAmount, String reference, String paidBy)
        implements Serializable {

    public boolean paid() {
        return paidOn != null;
    }
}
