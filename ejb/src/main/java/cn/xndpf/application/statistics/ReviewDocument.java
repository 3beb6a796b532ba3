package cn.xndpf.application.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review (发展综述) as both of its files show it: a title, then a section per program in the catalogue's
 * order, each opening with its template's text filled with the figures, then the table of its indicators
 * with targets and progress, then a chart of its first key figure by area. Built once from the published
 * figures, so the Word and the PDF file say the same.
 */
record ReviewDocument(String title, String subtitle, List<Section> sections, String footer, Locale locale) {

    /**
     * A program's part: heading, opening text, the table's rows (indicator, value, target, progress, as
     * {@link #tableHeader()} names them) and a chart.
     */
    record Section(String heading, String text, List<List<String>> rows, Chart chart) {
    }

    /** A picture and the sentence that says what it shows (its text alternative). */
    record Chart(String caption, byte[] png) {
    }

    static ReviewDocument of(ReportData data, Map<String, String> templates, Locale locale, String footer) {
        boolean en = IndicatorView.english(locale);
        PeriodSummary s = data.summary();
        String title = s.divisionName() + s.period().label(locale)
                + (en ? " disability affairs: a review of the period" : "残疾人事业发展综述");
        String subtitle = (en ? "Written from the figures published for " : "根据平台发布的统计数据生成，统计期 ")
                + s.period().start() + " — " + s.period().end()
                + (en ? "; stock figures as of " : "，期末数截至 ") + s.asOf();
        List<Section> sections = new ArrayList<>();
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
                "十五", "十六", "十七", "十八", "十九", "二十"};
        int n = 0;
        for (PeriodSummary.ProgramFigures p : s.programs()) {
            String number = en ? (n + 1) + ". " : (n < numerals.length ? numerals[n] : String.valueOf(n + 1)) + "、";
            n++;
            String template = templates.get(p.code());
            String text = template == null ? "" : ReviewText.fill(template, s, locale);
            sections.add(new Section(number + p.name(locale), text, rows(p.figures(), locale), chart(data, p, locale)));
        }
        return new ReviewDocument(title, subtitle, sections, footer, locale);
    }

    private static List<List<String>> rows(List<FigureView> figures, Locale locale) {
        return figures.stream().map(f -> List.of(
                f.indicator().name(locale),
                FigureText.withUnit(f, locale),
                f.hasTarget() ? FigureText.withUnit(new FigureView(f.indicator(), f.target(), null, null, null, null),
                        locale) : "",
                f.progress() == null ? "" : f.progress().toPlainString() + "%")).toList();
    }

    /** The columns of every section's table. */
    List<String> tableHeader() {
        return english() ? List.of("Indicator", "Value", "Target", "Progress") : List.of("指标", "数值", "目标", "完成");
    }

    private static Chart chart(ReportData data, PeriodSummary.ProgramFigures p, Locale locale) {
        boolean en = IndicatorView.english(locale);
        FigureView key = p.figures().stream().filter(f -> f.indicator().keyFigure()).findFirst().orElse(null);
        if (key == null || data.subAreas().isEmpty()) {
            return null;
        }
        List<FigureView> bars = data.subAreaFigures().get(key.indicator().code());
        if (bars == null) {
            return null;
        }
        List<String> names = data.subAreas().stream().map(ReportData.Area::name).toList();
        List<BigDecimal> values = bars.stream().map(FigureText::shown).toList();
        StringBuilder caption = new StringBuilder(key.indicator().name(locale)
                + (en ? " by area (" : "（分区域，") + key.indicator().unitName(locale) + (en ? "): " : "）："));
        for (int i = 0; i < names.size(); i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            caption.append(i == 0 ? "" : en ? ", " : "，").append(names.get(i)).append(en ? " " : "")
                    .append(v == null ? "—" : ReviewText.prose(v));
        }
        return new Chart(caption.toString(), ReviewChart.png(names, values));
    }

    boolean english() {
        return IndicatorView.english(locale);
    }
}
