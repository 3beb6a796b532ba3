package cn.xndpf.application.statistics;

import cn.xndpf.domain.statistics.IndicatorUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review template filled with a period's published figures: {@code {SUB_PAID:亿元}} becomes "2.62亿元".
 * Numbers in prose drop trailing zeros (2.62亿元, 100%, 134.6万元), as the federation writes them; the
 * tables beside the text keep the reports' fixed decimals.
 */
final class ReviewText {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?::([^{}]{1,20}))?}");
    static final Set<String> CONTEXT = Set.of("area", "period", "asOf");
    static final Set<String> FORMATS = Set.of("亿元", "万元", "million", "万", "number", "target", "progress");
    private static final Set<String> MONEY_FORMATS = Set.of("亿元", "万元", "million");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ReviewText() {
    }

    /**
     * What is wrong with a template, one line per placeholder that names no catalogued indicator, a format
     * that does not exist, or a money format on an indicator that is not money. Empty when it can be used.
     */
    static List<String> problems(String body, Map<String, IndicatorUnit> units) {
        List<String> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            String format = m.group(2);
            if (CONTEXT.contains(name)) {
                if (format != null) {
                    problems.add(m.group());
                }
                continue;
            }
            IndicatorUnit unit = units.get(name);
            if (unit == null || (format != null && !FORMATS.contains(format))
                    || (format != null && MONEY_FORMATS.contains(format) && unit != IndicatorUnit.TEN_THOUSAND_YUAN)) {
                problems.add(m.group());
            }
        }
        return problems;
    }

    static String fill(String body, PeriodSummary summary, Locale locale) {
        boolean en = IndicatorView.english(locale);
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), summary, locale, en)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, String format, PeriodSummary s, Locale locale, boolean en) {
        switch (name) {
            case "area":
                return s.divisionName();
            case "period":
                return s.period().label(locale);
            case "asOf":
                return day(s.asOf(), en);
            default:
                break;
        }
        FigureView f = s.figure(name).orElse(null);
        if (f == null) {
            return "—";
        }
        IndicatorUnit unit = f.indicator().unit();
        if ("target".equals(format)) {
            return f.hasTarget() ? withUnit(unit.display(f.target()), unit, en) : "—";
        }
        if ("progress".equals(format)) {
            BigDecimal p = f.progress();
            return p == null ? "—" : prose(p) + "%";
        }
        BigDecimal shown = FigureText.shown(f);
        if (shown == null) {
            return "—";
        }
        BigDecimal stored = f.value() == null ? BigDecimal.ZERO : f.value();
        if (format == null) {
            return withUnit(shown, unit, en);
        }
        return switch (format) {
            // An amount under 0.01亿元 (a district's, or the demo's) would read "0亿元": it is written in 万元.
            case "亿元" -> stored.signum() != 0 && scaled(stored, HUNDRED_MILLION).signum() == 0
                    ? prose(scaled(stored, TEN_THOUSAND)) + (en ? " × 10,000 yuan" : "万元")
                    : prose(scaled(stored, HUNDRED_MILLION)) + (en ? " hundred million yuan" : "亿元");
            case "万元" -> prose(scaled(stored, TEN_THOUSAND)) + (en ? " × 10,000 yuan" : "万元");
            case "million" -> prose(scaled(stored, MILLION)) + (en ? " million yuan" : "百万元");
            case "万" -> en ? withUnit(shown, unit, true) : prose(scaled(stored, TEN_THOUSAND)) + "万" + unit.symbol();
            case "number" -> prose(shown);
            default -> withUnit(shown, unit, en);
        };
    }

    private static String withUnit(BigDecimal shown, IndicatorUnit unit, boolean en) {
        if (unit == IndicatorUnit.PERCENT) {
            return prose(shown) + "%";
        }
        if (en) {
            return unit == IndicatorUnit.TEN_THOUSAND_YUAN
                    ? prose(shown.multiply(TEN_THOUSAND).divide(MILLION, 2, RoundingMode.HALF_UP)) + " million yuan"
                    : prose(shown) + " " + unit.englishName();
        }
        return prose(shown) + unit.symbol();
    }

    private static BigDecimal scaled(BigDecimal stored, BigDecimal divisor) {
        return stored.divide(divisor, 2, RoundingMode.HALF_UP);
    }

    static String prose(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String day(LocalDate d, boolean en) {
        if (d == null) {
            return "—";
        }
        return en ? ENGLISH_DAY.format(d) : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
