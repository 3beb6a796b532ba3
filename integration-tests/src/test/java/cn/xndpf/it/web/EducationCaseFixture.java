package cn.xndpf.it.web;

import cn.xndpf.application.education.EducationService;
import cn.xndpf.application.education.EnrolmentReportForm;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.application.education.GrantApplication;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the education browser tests, never part of the built EAR), as
 * the services do it for the screens: {@code ?student} registers a certificate-holding student of 东关
 * community in a 低保 household (城东区 staff) and answers {@code idNumber=..} and {@code name=..}; without
 * it, a certificate holder of that community in a 低保 household and a grant (助学金) case for the holder's
 * child applied for by the community worker, answering {@code caseId=..} and {@code student=..}; with
 * {@code ?enrolled}, a certificate-holding child of the community aged 8-10 whom the education bureau (a partner
 * of this fixture's own) reports enrolled in this school year, answering {@code idNumber=..}.
 */
@WebServlet("/it/education-case-fixture")
public class EducationCaseFixture extends HttpServlet {

    static final String COMMUNITY = "630102001001";
    static final String STUDENT = "助学页面学生";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private RegistryService registry;

    @EJB
    private EducationService education;

    @EJB
    private EnrolmentReportService enrolments;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getParameter("enrolled") != null) {
            LocalDate birth = PlatformClock.today().minusYears(8).minusDays(RANDOM.nextInt(3 * 365));
            String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
            String child = first17 + IdNumber.checkCharacter(first17);
            holder(child, "入学页面儿童");
            enrolments.report(new EnrolmentReportForm(child, SchoolYear.containing(PlatformClock.today()).label(),
                    "true", "城东区第一小学"), educationBureau());
            request.logout();
            response.getWriter().println("idNumber=" + child);
            return;
        }
        if (request.getParameter("student") != null) {
            String student = childIdNumber();
            holder(student, STUDENT);
            request.logout();
            response.getWriter().println("idNumber=" + student);
            response.getWriter().println("name=" + STUDENT);
            return;
        }
        String holder = TestIds.valid("630102", true);
        holder(holder, "助学页面家长");
        StaffLogin.as(request, response, "worker-dongguan", "worker123");
        long caseId = education.apply(new GrantApplication(holder, StudentRelation.CHILD, childIdNumber(), STUDENT,
                "西宁市第一中学", null, SchoolStage.JUNIOR_SECONDARY, 2,
                SchoolYear.containing(PlatformClock.today()).label()));
        request.logout();
        response.getWriter().println("caseId=" + caseId);
        response.getWriter().println("student=" + STUDENT);
    }

    /** This fixture's education bureau, serving 城东区 (the test database is new for every run). */
    private String educationBureau() {
        String code = "it-education-fixture";
        try (Connection c = dataSource.getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT COUNT(*) FROM partner WHERE code = ?")) {
            exists.setString(1, code);
            try (ResultSet r = exists.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    return code;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO partner (code, name, secret_hash, scopes, active)"
                    + " VALUES (?, '入学页面教育局', ?, ?, 1)")) {
                s.setString(1, code);
                s.setString(2, PasswordHasher.hash(code + "-secret"));
                s.setString(3, Partner.SCOPE_EDUCATION_ENROLMENT);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner_division (partner_code, division_code) VALUES (?, '630102')")) {
                s.setString(1, code);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }

    /** A certificate holder (since a year ago) of the community whose household is 低保 (since then). */
    private void holder(String idNumber, String name) {
        LocalDate yearAgo = PlatformClock.today().minusYears(1);
        long personId = registry.register(new PersonRegistration(idNumber, name, "汉族", "13900000000",
                "测试地址5号", COMMUNITY, "HS" + idNumber, true));
        registry.issueCertificate(personId, DisabilityCategory.VISUAL, DisabilityLevel.THREE, yearAgo);
        PersonRecord record = registry.open(personId);
        registry.changeAssistance(record.household().id(), AssistanceStatus.DIBAO, true, yearAgo);
    }

    /** A child's ID number of 城东区, born on a random day of 2010-2019. */
    private static String childIdNumber() {
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(RANDOM.nextInt(3650));
        String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
