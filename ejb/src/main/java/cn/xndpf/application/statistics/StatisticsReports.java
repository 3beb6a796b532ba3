package cn.xndpf.application.statistics;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.ReviewTemplateRepository;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics reports (统计报表) downloaded from the dashboard: the standard tables as Excel, the period
 * summary as PDF. Both come from the published figures of the caller's jurisdiction, carry who exported them
 * and when, and each export is written to the audit log.
 */
@Stateless
@RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF, Roles.ADMIN})
public class StatisticsReports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private StatisticsService statistics;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewTemplateRepository templates;

    public Report workbook(StatisticsPeriod period, String area, Locale locale) {
        StaffUser me = currentStaff.require();
        ReportData data = statistics.reportData(period, area, locale);
        byte[] content = new StatisticsWorkbook(data, locale, footer(me, locale)).build();
        return exported(me, data, "statistics", "xlsx", Report.XLSX, content);
    }

    public Report summaryPdf(StatisticsPeriod period, String area, Locale locale) {
        StaffUser me = currentStaff.require();
        ReportData data = statistics.reportData(period, area, locale);
        byte[] content = new StatisticsSummaryPdf(data, locale, footer(me, locale)).build();
        return exported(me, data, "statistics", "pdf", Report.PDF, content);
    }

    /**
     * The period's review (发展综述) as Word ({@code docx}) or PDF: each program's section opens with its
     * template's text filled with the published figures, then its table and chart.
     */
    public Report review(StatisticsPeriod period, String area, Locale locale, boolean word) {
        StaffUser me = currentStaff.require();
        ReportData data = statistics.reportData(period, area, locale);
        String language = IndicatorView.english(locale) ? "en" : "zh";
        Map<String, String> bodies = new HashMap<>();
        templates.all().stream().filter(t -> t.language().equals(language))
                .forEach(t -> bodies.put(t.programCode(), t.body()));
        ReviewDocument review = ReviewDocument.of(data, bodies, locale, footer(me, locale));
        byte[] content = word ? ReviewDocx.build(review) : ReviewPdf.build(review);
        return exported(me, data, "review", word ? "docx" : "pdf", word ? Report.DOCX : Report.PDF, content);
    }

    private Report exported(StaffUser me, ReportData data, String kind, String extension, String type,
                            byte[] content) {
        PeriodSummary s = data.summary();
        String name = kind + "-" + s.divisionCode() + "-" + s.period().type().name().toLowerCase(Locale.ROOT) + "-"
                + s.period().start() + "." + extension;
        audit.record(me.username(), AuditAction.EXPORT, "StatisticsReport", s.period().toString(), s.divisionCode(),
                ("review".equals(kind) ? "导出发展综述 " : "导出统计报表 ") + s.divisionName() + " " + s.period().label(Locale.SIMPLIFIED_CHINESE) + " " + extension,
                null, Map.of("file", name, "bytes", content.length));
        return new Report(name, type, content);
    }

    private static String footer(StaffUser me, Locale locale) {
        String when = TIME.format(ZonedDateTime.now(PlatformClock.ZONE));
        return IndicatorView.english(locale)
                ? "Exported by " + me.username() + " (" + me.displayName() + ") at " + when + " (Beijing time)"
                : "导出人：" + me.displayName() + "（" + me.username() + "）　导出时间：" + when;
    }
}
