package cn.xndpf.domain.subsidy;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One line of a bank payment file (发放文件) as the file prints it, read without loading the line, its case
 * and its person as entities: a city's file has hundreds of thousands of lines, and entities would hold them
 * all in the persistence context until the export ends.
 */
public record PaymentFileLine(long lineId, long caseId, String caseNumber, YearMonth paidMonth, int attempt,
                              SubsidyType subsidy, String name, String idNumber, String bankName,
                              String bankAccount, BigDecimal amount) {
}
