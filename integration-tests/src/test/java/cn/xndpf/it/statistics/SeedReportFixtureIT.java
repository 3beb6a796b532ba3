package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.Report;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsReports;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The federation's five-year report, 2018-2022: from records that add up to its two-subsidy figures, the
 * five-year job and the summary report state exactly 2.62亿元 (26200.00万元) paid and 100% coverage.
 */
@ExtendWith(ArquillianExtension.class)
class SeedReportFixtureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SeedReportFixtureIT.class, SeedReportFixture.class, Jobs.class);
    }

    @Resource(lookup = "jdbc/dpf")
    DataSource ds;

    @EJB
    StatisticsJobs jobs;

    @EJB
    StatisticsService statistics;

    @EJB
    StatisticsReports reports;

    @Test
    void theFiveYearSummaryShowsTheSeedReportsFigures() throws Exception {
        new SeedReportFixture().write(ds);
        StaffLogin.as(SeedReportFixture.ADMIN, SeedReportFixture.PASSWORD);
        StatisticsPeriod fiveYears = StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1));
        JobRun run = Jobs.await(jobs, jobs.start(PeriodType.FIVE_YEAR, fiveYears.start(), SeedReportFixture.CITY));
        assertEquals("COMPLETED", run.status(), run.exitStatus());

        PeriodSummary s = statistics.summary(fiveYears, SeedReportFixture.CITY);
        assertEquals(LocalDate.of(2022, 12, 31), s.asOf());
        FigureView paid = s.figure("SUB_PAID").orElseThrow();
        assertEquals("262000000.00", paid.value().toPlainString(), "yuan, as stored");
        assertEquals("26200.00", paid.shown().toPlainString(), "2.62亿元 in 万元 with two decimals");
        assertEquals("13200.00", s.figure("SUB_LIVING_PAID").orElseThrow().shown().toPlainString());
        assertEquals("13000.00", s.figure("SUB_NURSING_PAID").orElseThrow().shown().toPlainString());
        assertEquals("2000", s.figure("SUB_PAYMENTS").orElseThrow().shown().toPlainString(), "paid lines only");
        FigureView coverage = s.figure("SUB_COVERAGE").orElseThrow();
        assertEquals("100.00", coverage.shown().toPlainString());
        assertEquals("40.00", coverage.denominator().toPlainString());
        assertEquals("100.00", coverage.progress().toPlainString(), "the plan's 100% is met");
        assertEquals("100.00", s.figure("SUB_LIVING_COVERAGE").orElseThrow().shown().toPlainString());
        assertEquals("100.00", s.figure("SUB_NURSING_COVERAGE").orElseThrow().shown().toPlainString());
        assertEquals("40", s.figure("SUB_RECIPIENTS").orElseThrow().shown().toPlainString());
        assertEquals("20", s.figure("SUB_NURSING_APPROVALS").orElseThrow().shown().toPlainString());
        assertEquals("0", s.figure("SUB_LIVING_APPROVALS").orElseThrow().shown().toPlainString(),
                "living cases were approved in 2017, before the period");
        assertEquals("40", s.figure("REG_HOLDERS").orElseThrow().shown().toPlainString());
        assertEquals("20", s.figure("REG_NEW_CERTIFICATES").orElseThrow().shown().toPlainString());

        Report pdf = reports.summaryPdf(fiveYears, SeedReportFixture.CITY, Locale.SIMPLIFIED_CHINESE);
        String text = new PdfTextExtractor(new PdfReader(pdf.content())).getTextFromPage(1);
        assertTrue(text.contains("统计测试市2018—2022年残疾人事业统计摘要"), text);
        assertTrue(text.contains("两项补贴发放金额：") && text.contains("26200.00万元"), text);
        assertTrue(text.contains("两项补贴覆盖率：") && text.contains("100.00%"), text);
        assertTrue(text.contains("目标100.00%，完成100.00%"), text);

        // the counties add up to the city
        PeriodSummary first = statistics.summary(fiveYears, "639901");
        PeriodSummary second = statistics.summary(fiveYears, "639902");
        assertEquals(paid.value(), first.figure("SUB_PAID").orElseThrow().value()
                .add(second.figure("SUB_PAID").orElseThrow().value()));
    }
}
