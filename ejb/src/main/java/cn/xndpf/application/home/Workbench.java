package cn.xndpf.application.home;

import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.application.workflow.CaseView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A member of staff's home page (工作台): the work waiting for them and what they should know, each part
 * only for the roles whose work it is (an empty list or null where the role has none).
 *
 * @param queue       the first cases waiting at the caller's review stages, overdue first
 * @param queueTotal  all cases waiting at those stages
 * @param rolls       the latest payment rolls of the caller's jurisdiction, newest first
 * @param runs        the latest statistics runs (administrators and city staff)
 * @param figuresOf   the label of the period the key figures are from, or null when none is published
 */
public record Workbench(List<CaseView> queue, long queueTotal, boolean reviews, List<RollSummary> rolls,
                        boolean seesRolls, List<JobRun> runs, boolean seesRuns, String figuresOf,
                        List<KeyFigure> figures, List<Notice> notices) implements Serializable {

    /** A key figure of the caller's jurisdiction with its last periods, oldest first. */
    public record KeyFigure(String code, String name, String shown, List<String> trendLabels,
                            List<BigDecimal> trendValues) implements Serializable {

        /** The trend as a sentence, the text a chart would otherwise carry. */
        public String trendText(String separator) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < trendLabels.size(); i++) {
                BigDecimal v = trendValues.get(i);
                b.append(i == 0 ? "" : separator).append(trendLabels.get(i)).append(' ')
                        .append(v == null ? "—" : v.stripTrailingZeros().toPlainString());
            }
            return b.toString();
        }
    }

    /**
     * Something to act on: a message key of the web bundle with its arguments and the page where the work
     * is done.
     *
     * @param severity {@code warn} or {@code info}
     */
    public record Notice(String severity, String key, List<String> args, String page) implements Serializable {
    }
}
