package cn.xndpf.domain.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The employment security fund (残疾人就业保障金) of one employer and year, as a pure function of the declared
 * figures and the rules in force for that year, written out line by line so an employer can check it:
 * <pre>
 *   due = max(0, staff x ratio - recognised) x min(average wage, cap multiple x local average social wage) x share
 * </pre>
 * where an employer of at most the exemption threshold's staff pays nothing, and the share is the reduced tier
 * for an actual ratio (recognised / staff) of at least the tier's ratio, else the other tier. Every number is a
 * dated {@code policy_setting} (keys below), read for the year by the caller.
 */
public final class FundRules {

    public static final String RATIO = "employment.fund.ratio";
    public static final String CAP_MULTIPLE = "employment.fund.capMultiple";
    public static final String LOCAL_AVERAGE_WAGE = "employment.fund.localAverageWage";
    public static final String EXEMPT_STAFF = "employment.fund.exemptStaffAtMost";
    public static final String TIER_RATIO = "employment.fund.reducedTierRatio";
    public static final String SHARE_AT_OR_ABOVE = "employment.fund.shareAtOrAboveTier";
    public static final String SHARE_BELOW = "employment.fund.shareBelowTier";

    private FundRules() {
    }

    /** The year's rules. Ratios and shares as fractions (0.015, 0.5), wages in yuan a year. */
    public record Policy(BigDecimal ratio, BigDecimal capMultiple, BigDecimal localAverageWage, int exemptStaffAtMost,
                         BigDecimal reducedTierRatio, BigDecimal shareAtOrAboveTier, BigDecimal shareBelowTier) {
    }

    /** One line of the computation: its item (a message key's last part), Chinese label and value as shown. */
    public record Line(String item, String label, String value) implements java.io.Serializable {
    }

    /** The lines and the amount due, in yuan to the fen. */
    public record Computation(List<Line> lines, BigDecimal due, boolean exempt) {
    }

    /**
     * @param staff           the year's average staff count declared (在职职工人数)
     * @param recognised      disabled employees recognised, a level 1-2 counted twice
     * @param totalAnnualWage the year's total wages declared (工资总额), yuan
     */
    public static Computation compute(int staff, int recognised, BigDecimal totalAnnualWage, Policy p) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("staff", "在职职工人数", String.valueOf(staff)));
        lines.add(new Line("recognised", "审核认定的残疾人职工人数（一、二级按两人计）", String.valueOf(recognised)));
        lines.add(new Line("exemptStaffAtMost", "免征的在职职工人数上限", String.valueOf(p.exemptStaffAtMost())));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (staff <= p.exemptStaffAtMost()) {
            lines.add(new Line("exempt", "在职职工人数未超过上限，暂免征收", "0.00"));
            lines.add(new Line("due", "应缴保障金（元）", "0.00"));
            return new Computation(List.copyOf(lines), zero, true);
        }
        BigDecimal required = p.ratio().multiply(BigDecimal.valueOf(staff));
        lines.add(new Line("ratio", "规定安排比例", percent(p.ratio())));
        lines.add(new Line("required", "应安排残疾人就业人数（在职职工人数 × 比例）", required.stripTrailingZeros().toPlainString()));
        BigDecimal shortfall = required.subtract(BigDecimal.valueOf(recognised)).max(BigDecimal.ZERO);
        lines.add(new Line("shortfall", "差额人数（不小于零）", shortfall.stripTrailingZeros().toPlainString()));
        BigDecimal average = totalAnnualWage.divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
        lines.add(new Line("averageWage", "职工年平均工资（工资总额 ÷ 在职职工人数，元）", average.toPlainString()));
        BigDecimal cap = p.capMultiple().multiply(p.localAverageWage()).setScale(2, RoundingMode.HALF_UP);
        lines.add(new Line("cap", "工资上限（当地社会平均工资 " + p.localAverageWage().setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + " × " + p.capMultiple().stripTrailingZeros().toPlainString() + "，元）",
                cap.toPlainString()));
        BigDecimal base = average.min(cap);
        lines.add(new Line("baseWage", "计征工资（年平均工资与上限中较低者，元）", base.toPlainString()));
        BigDecimal full = shortfall.multiply(base).setScale(2, RoundingMode.HALF_UP);
        lines.add(new Line("fullAmount", "减免前金额（差额人数 × 计征工资，元）", full.toPlainString()));
        // exact: recognised / staff >= tier  <=>  recognised >= staff x tier, so exactly 1% is never lost to rounding
        boolean atOrAbove = BigDecimal.valueOf(recognised)
                .compareTo(p.reducedTierRatio().multiply(BigDecimal.valueOf(staff))) >= 0;
        BigDecimal actual = BigDecimal.valueOf(recognised).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(staff), 2, RoundingMode.DOWN);
        lines.add(new Line("actualRatio", "实际安排比例", actual.toPlainString() + "%"));
        BigDecimal share = atOrAbove ? p.shareAtOrAboveTier() : p.shareBelowTier();
        lines.add(new Line("share", (atOrAbove ? "实际比例不低于 " : "实际比例低于 ") + percent(p.reducedTierRatio())
                + "，按应缴额的比例缴纳", percent(share)));
        BigDecimal due = full.multiply(share).setScale(2, RoundingMode.HALF_UP);
        lines.add(new Line("due", "应缴保障金（元）", due.toPlainString()));
        return new Computation(List.copyOf(lines), due, false);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
