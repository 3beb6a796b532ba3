package cn.xndpf.application.subsidy;

import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRollRepository.LineTotal;
import cn.xndpf.domain.subsidy.SubsidyType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment roll as screens and partners see it: its run, its progress and its totals by subsidy and by
 * the bank's answer, all computed from the lines; when its last run failed, why (Chinese, English).
 */
public record RollSummary(long rollId, String month, String divisionCode, String divisionName, String status,
                          String statusName, long lineCount, BigDecimal totalAmount, long casesTotal, long casesDone,
                          String createdBy, Instant createdAt, String runBy, Instant runStartedAt, Instant runEndedAt,
                          Long jobExecutionId, List<SubsidyTotals> bySubsidy, String failureReason,
                          String failureReasonEn) implements Serializable {

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }

    public int percentDone() {
        if (isCompleted()) {
            return 100;
        }
        return casesTotal == 0 ? 0 : (int) Math.min(99, casesDone * 100 / casesTotal);
    }

    public long count(PaymentLineStatus s) {
        return bySubsidy.stream().mapToLong(t -> t.count(s)).sum();
    }

    public BigDecimal amount(PaymentLineStatus s) {
        return bySubsidy.stream().map(t -> t.amount(s)).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** One subsidy's lines and amounts, in all and by the bank's answer. */
    public record SubsidyTotals(String type, String typeName, long lines, BigDecimal amount, long pending,
                                BigDecimal pendingAmount, long paid, BigDecimal paidAmount, long failed,
                                BigDecimal failedAmount) implements Serializable {

        static SubsidyTotals of(SubsidyType type, List<LineTotal> totals) {
            long[] n = new long[PaymentLineStatus.values().length];
            BigDecimal[] a = {zero(), zero(), zero()};
            for (LineTotal t : totals) {
                if (t.type() == type) {
                    n[t.status().ordinal()] += t.lines();
                    a[t.status().ordinal()] = a[t.status().ordinal()].add(t.amount());
                }
            }
            int pe = PaymentLineStatus.PENDING.ordinal();
            int pa = PaymentLineStatus.PAID.ordinal();
            int fa = PaymentLineStatus.FAILED.ordinal();
            return new SubsidyTotals(type.name(), type.chineseName(), n[pe] + n[pa] + n[fa],
                    a[pe].add(a[pa]).add(a[fa]), n[pe], a[pe], n[pa], a[pa], n[fa], a[fa]);
        }

        long count(PaymentLineStatus s) {
            return switch (s) {
                case PENDING -> pending;
                case PAID -> paid;
                case FAILED -> failed;
            };
        }

        BigDecimal amount(PaymentLineStatus s) {
            return switch (s) {
                case PENDING -> pendingAmount;
                case PAID -> paidAmount;
                case FAILED -> failedAmount;
            };
        }

        private static BigDecimal zero() {
            return BigDecimal.ZERO.setScale(2);
        }
    }
}
