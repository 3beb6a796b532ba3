package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.Report;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsReports;
import cn.xndpf.application.statistics.ReviewTemplateService;
import cn.xndpf.application.statistics.ReviewTemplateView;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The federation's five-year report, 2018-2022: from records that add up to its figures, the five-year job
 * and the reports state exactly the two subsidies' 2.62亿元 (26200.00万元) paid and 100% coverage, care's
 * 1976.26万元 for 6287 person-times, and education's 548 students granted 134.6万元, 1.55万 person-times of
 * fee reliefs (674.28万元) and 98% enrolment, and rehabilitation's 5088.07万元, 40000 people served (the seed's
 * "4万+"), 20000 devices (its "2万+"), 95.28% basic service rate and 94.62% children's aid rate; poverty
 * relief's 8355 households lifted out of poverty, and the 17.28万元 of mutual aid paid in Xining's own pilots;
 * social security's 100% of the eligible included in 低保 and 特困 and 91.50% (the seed's 91%+) pension participation;
 * employment services' 7896 training person-times for 501.20万元 (the seed's 500余万元), 823 job fairs, 4177
 * placements and 18 sheltered-employment institutions.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    @EJB
    ReviewTemplateService templateService;

    @Test
    @Order(1)
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
        // 40 subsidy recipients, 1258 people of the care fixture, 800 students and 51 children of the education one
        assertEquals("2149", s.figure("REG_HOLDERS").orElseThrow().shown().toPlainString());
        assertEquals("20", s.figure("REG_NEW_CERTIFICATES").orElseThrow().shown().toPlainString());

        // care (托养): 1976.26万元 settled for 6287 person-times
        assertEquals("6287", s.figure("CARE_PERSON_TIMES").orElseThrow().shown().toPlainString(),
                "each person once a year, zero-day lines and months outside not counted");
        assertEquals("1976.26", s.figure("CARE_SUBSIDY_PAID").orElseThrow().shown().toPlainString());
        assertEquals("1257", s.figure("CARE_IN_CARE").orElseThrow().shown().toPlainString(), "an ended enrolment is not");
        for (String kind : List.of("CARE_IN_BOARDING", "CARE_IN_DAY_CARE", "CARE_IN_HOME_CARE")) {
            assertEquals("419", s.figure(kind).orElseThrow().shown().toPlainString(), kind);
        }
        // education (教育): 548 students granted 134.6万元; 1.55万 reliefs of 674.28万元; enrolment 98%
        assertEquals("548", s.figure("EDU_GRANT_STUDENTS").orElseThrow().shown().toPlainString(),
                "a student granted twice counts once; rejected and outside grants not at all");
        assertEquals("134.60", s.figure("EDU_GRANT_AMOUNT").orElseThrow().shown().toPlainString());
        assertEquals("15500", s.figure("EDU_FEE_RELIEFS").orElseThrow().shown().toPlainString());
        assertEquals("674.28", s.figure("EDU_FEE_RELIEF_AMOUNT").orElseThrow().shown().toPlainString());
        FigureView enrolment = s.figure("EDU_ENROLMENT_RATE").orElseThrow();
        assertEquals("98.00", enrolment.shown().toPlainString());
        assertEquals("50.00", enrolment.denominator().toPlainString(), "children of the age band only");
        // rights (权益保障) and culture (文体): 660余 (663) consultations, 382 legal-aid cases, 100% closed, 85 events
        assertEquals("663", s.figure("RIGHTS_LEGAL_CONSULTATIONS").orElseThrow().shown().toPlainString());
        assertEquals("382", s.figure("RIGHTS_LEGAL_AID_CASES").orElseThrow().shown().toPlainString());
        assertEquals("41", s.figure("RIGHTS_PETITIONS_RECEIVED").orElseThrow().shown().toPlainString());
        assertEquals("40", s.figure("RIGHTS_PETITIONS_CLOSED").orElseThrow().shown().toPlainString());
        FigureView closure = s.figure("RIGHTS_PETITION_CLOSURE_RATE").orElseThrow();
        assertEquals("100.00", closure.shown().toPlainString());
        assertEquals("40.00", closure.denominator().toPlainString(), "the petition not accepted is outside it");
        assertEquals("85", s.figure("CULTURE_EVENTS").orElseThrow().shown().toPlainString(), "not the one of 2023");
        // the fuel subsidy (机动轮椅车燃油补贴): 769 person-times, 27.68万元
        assertEquals("769", s.figure("RIGHTS_FUEL_SUBSIDY_TIMES").orElseThrow().shown().toPlainString(),
                "paid in the period; the unpaid 2022 case and the 2023 payment not");
        assertEquals("27.68", s.figure("RIGHTS_FUEL_SUBSIDY_AMOUNT").orElseThrow().shown().toPlainString(),
                "616 at 2018's 350.00 and 153 at 2022's 400.00");
        // rehabilitation (康复): 5088.07万元; 40000 people served (the seed's 4万+); 20000 devices (2万+); 95.28%; 94.62%
        assertEquals("5088.07", s.figure("REHAB_FUNDS").orElseThrow().shown().toPlainString(),
                "services, children's aid approved and devices issued in the period; a 2023 record not");
        assertEquals("40000", s.figure("REHAB_PEOPLE_SERVED").orElseThrow().shown().toPlainString(),
                "each person once, a second record outside the period not counted");
        assertEquals("20000", s.figure("REHAB_DEVICES_ISSUED").orElseThrow().shown().toPlainString());
        FigureView basic = s.figure("REHAB_BASIC_RATE").orElseThrow();
        assertEquals("95.28", basic.shown().toPlainString());
        assertEquals("106.00", basic.denominator().toPlainString(), "an assessment finding no need is not counted");
        FigureView childAid = s.figure("REHAB_CHILD_AID_RATE").orElseThrow();
        assertEquals("94.62", childAid.shown().toPlainString(), "a rejected case is no aid");
        assertEquals("93.00", childAid.denominator().toPlainString(), "children of the age band only");
        // employment (就业): 340 person-times placed under the quota, 2.74亿元 collected over the five years
        assertEquals("340", s.figure("EMP_QUOTA_PLACED").orElseThrow().shown().toPlainString(),
                "recognised employees only; the 2023 declaration not");
        assertEquals("27400.00", s.figure("EMP_FUND_COLLECTED").orElseThrow().shown().toPlainString());
        assertEquals("28000.00", s.figure("EMP_FUND_DUE").orElseThrow().shown().toPlainString());
        assertEquals("600.00", s.figure("EMP_FUND_OUTSTANDING").orElseThrow().shown().toPlainString());
        // employment services (就业服务): 7896 training person-times, 501.20万元 (500余万元), 823 fairs, 4177 placements,
        // 18 sheltered-employment institutions
        assertEquals("7896", s.figure("EMP_TRAINING_PERSON_TIMES").orElseThrow().shown().toPlainString(),
                "courses whose last day lies in the five years: the one begun in 2017 yes, the one ended in 2023 not");
        assertEquals("501.20", s.figure("EMP_TRAINING_COST").orElseThrow().shown().toPlainString());
        assertEquals("823", s.figure("EMP_JOB_FAIRS").orElseThrow().shown().toPlainString(), "not those of 2017 and 2023");
        assertEquals("4177", s.figure("EMP_PLACEMENTS").orElseThrow().shown().toPlainString(), "not those of 2017 and 2023");
        assertEquals("18", s.figure("EMP_SHELTERED_INSTITUTIONS").orElseThrow().shown().toPlainString(),
                "qualified on 31 December 2022 (one up to that day): one ended in 2021 and one from 2023 not");
        // accessibility (无障碍): 1020 households modified, 516万元 paid; the inventory at the end of 2022
        assertEquals("1020", s.figure("ACC_HOMES_MODIFIED").orElseThrow().shown().toPlainString(),
                "a household modified twice counts once; paid in 2017 or 2023, or not paid, not at all");
        assertEquals("516.00", s.figure("ACC_HOME_PAID").orElseThrow().shown().toPlainString(),
                "both payments of a household modified twice");
        assertEquals("53", s.figure("ACC_FOOTBRIDGE_LIFTS").orElseThrow().shown().toPlainString(),
                "entries recorded by the period's last day only");
        assertEquals("287", s.figure("ACC_RESIDENTIAL_LIFTS").orElseThrow().shown().toPlainString());
        assertEquals("21", s.figure("ACC_BUS_STATIONS").orElseThrow().shown().toPlainString());
        assertEquals("1161", s.figure("ACC_BUS_STOPS").orElseThrow().shown().toPlainString());
        assertEquals("7520", s.figure("ACC_PRIORITY_SEATS").orElseThrow().shown().toPlainString());
        assertEquals("187", s.figure("ACC_ACCESSIBLE_BUSES").orElseThrow().shown().toPlainString());
        // poverty (脱贫解困): 8355 poor disabled households lifted out of poverty over the five years
        assertEquals(String.valueOf(SeedReportFixture.LIFTED_HOUSEHOLDS),
                s.figure("POVERTY_LIFTED").orElseThrow().shown().toPlainString(),
                "a household lifted twice once; those lifted in 2017 and 2023 not");
        // social security (社会保障): 100% of the eligible included in 低保/特困; 91.50% insured in the pension
        FigureView inclusion = s.figure("SOCIAL_INCLUSION_RATE").orElseThrow();
        assertEquals("100.00", inclusion.shown().toPlainString());
        assertEquals("19.00", inclusion.denominator().toPlainString(),
                "level 1-2 in a poor household on the last day: a 特困 status ended in June 2022 is not; level 3-4 in 低保 not");
        FigureView pension = s.figure("SOCIAL_PENSION_RATE").orElseThrow();
        assertEquals("91.50", pension.shown().toPlainString(), "915 lines insured; not insured and not answered are not");
        assertEquals("1000.00", pension.denominator().toPlainString(), "the lines of 2018-2022, not those of 2017 and 2023");
        assertEquals("4.55", s.figure("SOCIAL_PENSION_PAID_FULL").orElseThrow().shown().toPlainString(),
                "455 insured lines of levels 1-2 at 100.00");
        assertEquals("2.30", s.figure("SOCIAL_PENSION_SUBSIDY").orElseThrow().shown().toPlainString(),
                "460 insured lines of levels 3-4 at 50.00");
        assertEquals("97.50", s.figure("SOCIAL_MEDICAL_RATE").orElseThrow().shown().toPlainString());

        Report pdf = reports.summaryPdf(fiveYears, SeedReportFixture.CITY, Locale.SIMPLIFIED_CHINESE);
        PdfReader pdfReader = new PdfReader(pdf.content());
        StringBuilder allPages = new StringBuilder();
        for (int page = 1; page <= pdfReader.getNumberOfPages(); page++) {
            allPages.append(new PdfTextExtractor(pdfReader).getTextFromPage(page)).append('\n');
        }
        String text = allPages.toString();
        assertTrue(text.contains("统计测试市2018—2022年残疾人事业统计摘要"), text);
        assertTrue(text.contains("两项补贴发放金额：") && text.contains("26200.00万元"), text);
        assertTrue(text.contains("两项补贴覆盖率：") && text.contains("100.00%"), text);
        assertTrue(text.contains("目标100.00%，完成100.00%"), text);
        assertTrue(text.contains("三、教育") && text.contains("助学金资助金额：") && text.contains("134.60万元"), text);
        assertTrue(text.contains("适龄残疾儿童义务教育入学率：") && text.contains("98.00%"), text);
        assertTrue(text.contains("四、托养服务") && text.contains("托养服务补助金额：") && text.contains("1976.26万元"), text);
        assertTrue(text.contains("托养服务人次：") && text.contains("6287人次"), text);
        assertTrue(text.contains("文化体育活动场次：") && text.contains("85场次"), text);
        assertTrue(text.contains("信访事项办结率：") && text.contains("法律援助案件数：") && text.contains("382件"), text);
        assertTrue(text.contains("五、康复") && text.contains("康复服务投入资金：") && text.contains("5088.07万元"), text);
        assertTrue(text.contains("残疾人基本康复服务率：") && text.contains("95.28%"), text);
        assertTrue(text.contains("残疾儿童康复救助服务率：") && text.contains("94.62%"), text);
        assertTrue(text.contains("六、就业") && text.contains("按比例安排就业残疾人人次：") && text.contains("340人次"), text);
        assertTrue(text.contains("征收残疾人就业保障金：") && text.contains("27400.00万元"), text);
        assertTrue(text.contains("职业技能培训人次：") && text.contains("7896人次"), text);
        assertTrue(text.contains("职业技能培训经费：") && text.contains("501.20万元"), text);
        assertTrue(text.contains("举办残疾人专场招聘会：") && text.contains("823场次"), text);
        assertTrue(text.contains("新增残疾人就业人次：") && text.contains("4177人次"), text);
        assertTrue(text.contains("辅助性就业机构：") && text.contains("18个"), text);
        // accessibility
        assertTrue(text.matches("(?s).*[一二三四五六七八九十]+、无障碍.*") && text.contains("完成家庭无障碍改造户数：") && text.contains("1020户"), text);
        assertTrue(text.contains("家庭无障碍改造付款金额：") && text.contains("516.00万元"), text);
        assertTrue(text.contains("过街天桥无障碍电梯：") && text.contains("53部"), text);
        assertTrue(text.contains("住宅加装电梯：") && text.contains("287部"), text);
        assertTrue(text.contains("无障碍公交场站：") && text.contains("21个"), text);
        assertTrue(text.contains("无障碍公交站台：") && text.contains("1161个"), text);
        assertTrue(text.contains("公交车爱心专座：") && text.contains("7520个"), text);
        assertTrue(text.contains("无障碍公交车：") && text.contains("187辆"), text);
        assertTrue(text.contains("脱贫解困") && text.contains("贫困残疾人家庭脱贫户数：") && text.contains("8355户"), text);
        // social security (社会保障)
        assertTrue(text.matches("(?s).*[一二三四五六七八九十]+、社会保障.*"), text);
        assertTrue(text.contains("符合条件残疾人纳入低保特困比例：") && text.contains("城乡居民基本养老保险参保率：")
                && text.contains("91.50%"), text);
        assertTrue(text.contains("政府代缴养老保险费金额：") && text.contains("4.55万元"), text);
        assertTrue(text.contains("政府补贴养老保险费金额：") && text.contains("2.30万元"), text);

        // the Excel tables: a row per indicator with the city's figure
        Report workbook = reports.workbook(fiveYears, SeedReportFixture.CITY, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook.content()))) {
            Map<String, String> summaryRows = new HashMap<>();
            for (Row row : wb.getSheetAt(0)) {
                Cell code = row.getCell(1);
                Cell city = row.getCell(4);
                if (code != null && city != null && city.getCellType() == CellType.NUMERIC) {
                    summaryRows.put(code.getStringCellValue(), row.getCell(0).getStringCellValue() + "|"
                            + BigDecimal.valueOf(city.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
                }
            }
            assertEquals("托养服务|1976.26", summaryRows.get("CARE_SUBSIDY_PAID"), summaryRows.toString());
            assertEquals("托养服务|6287.00", summaryRows.get("CARE_PERSON_TIMES"));
            assertEquals("教育|548.00", summaryRows.get("EDU_GRANT_STUDENTS"));
            assertEquals("教育|15500.00", summaryRows.get("EDU_FEE_RELIEFS"));
            assertEquals("教育|98.00", summaryRows.get("EDU_ENROLMENT_RATE"));
            assertEquals("文化体育|85.00", summaryRows.get("CULTURE_EVENTS"));
            assertEquals("权益保障|663.00", summaryRows.get("RIGHTS_LEGAL_CONSULTATIONS"));
            assertEquals("权益保障|382.00", summaryRows.get("RIGHTS_LEGAL_AID_CASES"));
            assertEquals("权益保障|100.00", summaryRows.get("RIGHTS_PETITION_CLOSURE_RATE"));
            assertEquals("权益保障|769.00", summaryRows.get("RIGHTS_FUEL_SUBSIDY_TIMES"));
            assertEquals("权益保障|27.68", summaryRows.get("RIGHTS_FUEL_SUBSIDY_AMOUNT"));
            assertEquals("康复|5088.07", summaryRows.get("REHAB_FUNDS"));
            assertEquals("康复|40000.00", summaryRows.get("REHAB_PEOPLE_SERVED"));
            assertEquals("康复|20000.00", summaryRows.get("REHAB_DEVICES_ISSUED"));
            assertEquals("康复|95.28", summaryRows.get("REHAB_BASIC_RATE"));
            assertEquals("康复|94.62", summaryRows.get("REHAB_CHILD_AID_RATE"));
            assertEquals("就业|340.00", summaryRows.get("EMP_QUOTA_PLACED"));
            assertEquals("就业|27400.00", summaryRows.get("EMP_FUND_COLLECTED"));
            assertEquals("就业|7896.00", summaryRows.get("EMP_TRAINING_PERSON_TIMES"));
            assertEquals("就业|501.20", summaryRows.get("EMP_TRAINING_COST"));
            assertEquals("就业|823.00", summaryRows.get("EMP_JOB_FAIRS"));
            assertEquals("就业|4177.00", summaryRows.get("EMP_PLACEMENTS"));
            assertEquals("就业|18.00", summaryRows.get("EMP_SHELTERED_INSTITUTIONS"));
            // accessibility
            assertEquals("无障碍|1020.00", summaryRows.get("ACC_HOMES_MODIFIED"));
            assertEquals("无障碍|516.00", summaryRows.get("ACC_HOME_PAID"));
            assertEquals("无障碍|53.00", summaryRows.get("ACC_FOOTBRIDGE_LIFTS"));
            assertEquals("无障碍|287.00", summaryRows.get("ACC_RESIDENTIAL_LIFTS"));
            assertEquals("无障碍|21.00", summaryRows.get("ACC_BUS_STATIONS"));
            assertEquals("无障碍|1161.00", summaryRows.get("ACC_BUS_STOPS"));
            assertEquals("无障碍|7520.00", summaryRows.get("ACC_PRIORITY_SEATS"));
            assertEquals("无障碍|187.00", summaryRows.get("ACC_ACCESSIBLE_BUSES"));
            assertEquals("脱贫解困|8355.00", summaryRows.get("POVERTY_LIFTED"));
            // social security (社会保障)
            assertEquals("社会保障|100.00", summaryRows.get("SOCIAL_INCLUSION_RATE"));
            assertEquals("社会保障|91.50", summaryRows.get("SOCIAL_PENSION_RATE"));
            assertEquals("社会保障|4.55", summaryRows.get("SOCIAL_PENSION_PAID_FULL"));
            assertEquals("社会保障|2.30", summaryRows.get("SOCIAL_PENSION_SUBSIDY"));
            assertEquals("社会保障|97.50", summaryRows.get("SOCIAL_MEDICAL_RATE"));
        }

        // the review (发展综述) written from the same figures states the seed's own words and units
        Report word = reports.review(fiveYears, SeedReportFixture.CITY, Locale.SIMPLIFIED_CHINESE, true);
        assertEquals(Report.DOCX, word.contentType());
        String review;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            review = extractor.getText();
            long programsWithAKeyFigure = s.programs().stream()
                    .filter(p -> p.figures().stream().anyMatch(f -> f.indicator().keyFigure())).count();
            // counted where they are drawn: the document keeps one copy of identical images (two programs whose
            // key figures chart alike, e.g. no county figure at all), so its picture parts can be fewer
            long charts = doc.getParagraphs().stream().flatMap(para -> para.getRuns().stream())
                    .mapToLong(r -> r.getEmbeddedPictures().size()).sum();
            assertEquals(programsWithAKeyFigure, charts, "a chart by county per program");
        }
        assertTrue(review.contains("发放残疾人“两项”补贴2.62亿元"), review);
        assertTrue(review.contains("符合条件残疾人覆盖率达到100%"), review);
        assertTrue(review.contains("统计测试市持证残疾人2149人"), review);
        assertTrue(review.contains("一、") && review.contains("二、两项补贴"), review);
        // the two programs' sections, from their review_template rows, in the seed's words and units
        assertTrue(review.contains("三、教育") && review.contains("四、托养服务"), review);
        assertTrue(review.contains("残疾人家庭子女548人，发放助学金134.6万元"), review);
        assertTrue(review.contains("学费减免和补助1.55万人次、674.28万元"), review);
        assertTrue(review.contains("义务教育入学率达到98%"), review);
        assertTrue(review.contains("居家托养服务6287人次，拨付托养服务补助1976.26万元"), review);
        assertTrue(review.contains("开展残疾人文化体育活动85场次"), review);
        assertTrue(review.contains("提供法律服务、咨询663人次，办理法律援助案件382件"), review);
        assertTrue(review.contains("信访办结率100%"), review);
        assertTrue(review.contains("为机动轮椅车车主发放燃油补贴769人次、27.68万元。"), review);
        assertTrue(review.contains("五、康复"), review);
        assertTrue(review.contains("投入康复服务资金5088.07万元，为残疾人提供基本康复服务4万人，发放辅助器具2万件"), review);
        assertTrue(review.contains("残疾人基本康复服务率达到95.28%，残疾儿童康复救助服务率达到94.62%"), review);
        assertTrue(review.contains("六、就业"), review);
        assertTrue(review.contains("经年审认定按比例安排残疾人就业340人次；征收残疾人就业保障金2.74亿元"), review);
        assertTrue(review.contains("开展残疾人职业技能培训7896人次、投入资金501.2万元；举办残疾人专场招聘会823场次，"
                + "新增残疾人就业4177人次；扶持辅助性就业机构18家。"), review);
        // accessibility (its section's number follows the programs before it)
        assertTrue(review.matches("(?s).*[一二三四五六七八九十]+、无障碍.*"), review);
        assertTrue(review.contains("为困难残疾人家庭实施无障碍改造1020户，向施工单位付款516万元；全市有过街天桥无障碍电梯53部、"
                + "住宅加装电梯287部，无障碍公交场站21个、无障碍公交站台1161个，公交车爱心专座7520个，无障碍公交车187辆。"), review);
        assertTrue(review.contains("贫困残疾人家庭脱贫8355户"), review);
        // social security (社会保障)
        assertTrue(review.matches("(?s).*[一二三四五六七八九十]+、社会保障.*"), review);
        assertTrue(review.contains("符合条件的困难重度残疾人纳入最低生活保障和特困人员救助供养比例达到100%；"
                + "残疾人城乡居民基本养老保险参保率达到91.5%，政府为重度残疾人代缴养老保险费4.55万元、为其他残疾人补贴2.3万元，"
                + "基本医疗保险参保率97.5%。"), review);
        String reviewPdf = new PdfTextExtractor(new PdfReader(reports.review(fiveYears, SeedReportFixture.CITY,
                Locale.SIMPLIFIED_CHINESE, false).content())).getTextFromPage(1);
        assertTrue(reviewPdf.contains("2.62亿元"), reviewPdf);

        // poverty's mutual aid (邻里互助) runs in Xining's pilots, 大通县 and 湟中区: 17.28万元 over the five years
        StatisticsPeriod sameYears = StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1));
        JobRun xining = Jobs.await(jobs, jobs.start(PeriodType.FIVE_YEAR, sameYears.start(), "630100"));
        assertEquals("COMPLETED", xining.status(), xining.exitStatus());
        BigDecimal aid = statistics.summary(sameYears, "630121").figure("POVERTY_MUTUAL_AID_AMOUNT").orElseThrow().value()
                .add(statistics.summary(sameYears, "630106").figure("POVERTY_MUTUAL_AID_AMOUNT").orElseThrow().value());
        assertEquals("172800.00", aid.toPlainString(), "864 months at 200.00 in yuan; the month paid in 2023 not");
        assertEquals("17.28", statistics.summary(sameYears, "630100").figure("POVERTY_MUTUAL_AID_AMOUNT").orElseThrow()
                .shown().toPlainString(), "no other pilot paid in those years");
        PdfReader xiningPdf = new PdfReader(reports.summaryPdf(sameYears, "630100", Locale.SIMPLIFIED_CHINESE).content());
        StringBuilder xiningText = new StringBuilder();
        for (int page = 1; page <= xiningPdf.getNumberOfPages(); page++) {
            xiningText.append(new PdfTextExtractor(xiningPdf).getTextFromPage(page)).append('\n');
        }
        assertTrue(xiningText.toString().contains("邻里互助补贴发放金额：") && xiningText.toString().contains("17.28万元"),
                xiningText.toString());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                reports.workbook(sameYears, "630100", Locale.SIMPLIFIED_CHINESE).content()))) {
            String aidRow = null;
            for (Row row : wb.getSheetAt(0)) {
                Cell code = row.getCell(1);
                Cell city = row.getCell(4);
                if (code != null && code.getCellType() == CellType.STRING
                        && code.getStringCellValue().equals("POVERTY_MUTUAL_AID_AMOUNT")
                        && city != null && city.getCellType() == CellType.NUMERIC) {
                    aidRow = row.getCell(0).getStringCellValue() + "|"
                            + BigDecimal.valueOf(city.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                }
            }
            assertEquals("脱贫解困|17.28", aidRow);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.review(sameYears, "630100",
                Locale.SIMPLIFIED_CHINESE, true).content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String xiningReview = extractor.getText();
            assertTrue(xiningReview.contains("开展邻里互助试点，发放互助补贴17.28万元"), xiningReview);
        }

        // the counties add up to the city
        PeriodSummary first = statistics.summary(fiveYears, "639901");
        PeriodSummary second = statistics.summary(fiveYears, "639902");
        assertEquals(paid.value(), first.figure("SUB_PAID").orElseThrow().value()
                .add(second.figure("SUB_PAID").orElseThrow().value()));
    }

    /**
     * The review's wording is data: a city administrator rewrites a template and the next review says it; a
     * placeholder naming no indicator, a stale edit, a county administrator and other staff are refused, and
     * a refusal changes neither the template nor the audit log.
     */
    @Test
    @Order(2)
    void anAdministratorRewordsTheReviewAndEveryRefusalChangesNothing() throws Exception {
        StaffLogin.as("admin", "admin123");
        ReviewTemplateView original = templateService.templates().stream()
                .filter(t -> t.programCode().equals("TWO_SUBSIDIES") && t.language().equals("zh")).findFirst()
                .orElseThrow();
        long audited = auditRows();

        InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> templateService.rewrite(
                original.id(), original.version(), "发放{SUB_PAID:亿元}，另有{SUB_NO_SUCH}和{SUB_PAID:亿}。"));
        assertEquals("review.unknownPlaceholder", unknown.key());
        assertTrue(unknown.getMessage().contains("{SUB_NO_SUCH}、{SUB_PAID:亿}"), unknown.getMessage());
        assertThrows(ConcurrentChangeException.class,
                () -> templateService.rewrite(original.id(), original.version() + 1, "发放{SUB_PAID:亿元}。"));
        assertThrows(InvalidValueException.class, () -> templateService.rewrite(original.id(), original.version(), " "));

        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO staff_user"
                + " (username, display_name, password_hash, staff_role, division_code, active, version)"
                + " VALUES ('county-admin-review', '区县管理员', ?, 'ADMIN', '630102', 1, 0)")) {
            s.setString(1, PasswordHasher.hash("county-admin-1"));
            s.executeUpdate();
        }
        StaffLogin.as("county-admin-review", "county-admin-1");
        assertThrows(AccessDeniedException.class,
                () -> templateService.rewrite(original.id(), original.version(), "发放{SUB_PAID:亿元}。"));
        StaffLogin.as("chengdong", "district123");
        assertThrows(EJBAccessException.class, () -> templateService.templates());

        StaffLogin.as("admin", "admin123");
        ReviewTemplateView unchanged = templateService.templates().stream()
                .filter(t -> t.id() == original.id()).findFirst().orElseThrow();
        assertEquals(original.body(), unchanged.body());
        assertEquals(original.version(), unchanged.version());
        assertEquals(audited, auditRows(), "refusals leave no audit entry");

        ReviewTemplateView saved = templateService.rewrite(original.id(), original.version(),
                "{period}全市共发放两项补贴{SUB_PAID:万元}。");
        assertEquals(original.version() + 1, saved.version());
        assertEquals("admin", saved.updatedBy());
        assertEquals(audited + 1, auditRows(), "the change is audited");
        try {
            // the fixture's five years, published by the first test
            StaffLogin.as(SeedReportFixture.ADMIN, SeedReportFixture.PASSWORD);
            StatisticsPeriod fiveYears = StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(2018, 1, 1));
            Report r = reports.review(fiveYears, SeedReportFixture.CITY, Locale.SIMPLIFIED_CHINESE, true);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.content()));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                String text = extractor.getText();
                assertTrue(text.contains("2018—2022年全市共发放两项补贴26200万元。"), text);
                assertFalse(text.contains("2.62亿元"), "the old wording is gone");
            }
        } finally {
            StaffLogin.as("admin", "admin123");
            templateService.rewrite(original.id(), saved.version(), original.body());
        }
    }

    private long auditRows() throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ReviewTemplate'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
