package cn.xndpf.application.subsidy;

import java.io.Serializable;
import java.math.BigDecimal;

/** One payment line for a list: ID number and bank account masked. */
public record PaymentLineView(long lineId, long caseId, String caseNumber, String personName, String maskedIdNumber,
                              String subsidyType, String subsidyName, int benefitLevel, String paidMonth, int attempt,
                              BigDecimal amount, String status, String statusName, String bankName,
                              String maskedAccount, String bankReference, String failureReason)
        implements Serializable {
}
