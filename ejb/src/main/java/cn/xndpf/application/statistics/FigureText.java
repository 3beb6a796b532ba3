package cn.xndpf.application.statistics;

import java.math.BigDecimal;
import java.util.Locale;

/** How figures are written in reports: in the indicator's unit, money in 万元 with two decimals. */
final class FigureText {

    private FigureText() {
    }

    /** The shown value; an uncounted count is 0, an uncounted rate has no value ("—"). */
    static BigDecimal shown(FigureView f) {
        if (f == null) {
            return null;
        }
        if (f.value() == null) {
            return f.indicator().isRate() ? null : f.indicator().unit().display(BigDecimal.ZERO);
        }
        return f.shown();
    }

    static String number(FigureView f) {
        BigDecimal v = shown(f);
        return v == null ? "—" : v.toPlainString();
    }

    /** "26200.00万元", "100.00%", "12人" (English: "26200.00 (10,000 yuan)"). */
    static String withUnit(FigureView f, Locale locale) {
        BigDecimal v = shown(f);
        if (v == null) {
            return "—";
        }
        if (IndicatorView.english(locale)) {
            return f.indicator().isRate() ? v.toPlainString() + "%" : v.toPlainString() + " " + f.indicator().unit().englishName();
        }
        return v.toPlainString() + f.indicator().unit().symbol();
    }
}
