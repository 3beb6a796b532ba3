package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the social-security journey, never part of the built EAR): as 城东区
 * staff, registers a person of 东关 community aged about 35 with a level 1 certificate issued a year back, whose
 * household is in 低保 since ten days ago (so on this year's pension list once compiled); registers an HR and
 * social-security partner serving 城东区 (secret "{code}-secret"); answers {@code personId=}, {@code idNumber=},
 * {@code masked=} and {@code partner=} lines.
 */
@WebServlet("/it/social-security-fixture")
public class SocialSecurityFixture extends HttpServlet {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DONGGUAN = "630102001001";

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        LocalDate today = PlatformClock.today();
        LocalDate birth = LocalDate.of(today.getYear() - 35, 1, 1).plusDays(RANDOM.nextInt(360));
        String first17 = DONGGUAN.substring(0, 6) + String.format("%04d%02d%02d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "社保页面测试", "汉族", "13900000000",
                "测试地址9号", DONGGUAN, "SS" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE, today.minusYears(1));
        registry.changeAssistance(registry.open(personId).household().id(), AssistanceStatus.DIBAO, true,
                today.minusDays(10));
        request.logout();
        String partner = "it-ssb-" + RANDOM.nextInt(1_000_000_000);
        try {
            partner(partner);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("personId=" + personId);
        out.println("idNumber=" + id);
        out.println("masked=" + IdNumber.of(id).masked());
        out.println("partner=" + partner);
    }

    private void partner(String code) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
                s.setString(1, code);
                s.setString(2, "社保页面测试人社局");
                s.setString(3, PasswordHasher.hash(code + "-secret"));
                s.setString(4, "social-security");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner_division (partner_code, division_code) VALUES (?, '630102')")) {
                s.setString(1, code);
                s.executeUpdate();
            }
        }
    }
}
