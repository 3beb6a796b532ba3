package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the home modification browser test, never part of the built EAR),
 * as the registry screens do it: a certificate holder of 东关 community in a 低保 household (城东区 staff), so
 * the journey starts at the application form. Answers {@code idNumber=..}.
 */
@WebServlet("/it/home-modification-fixture")
public class HomeModificationFixture extends HttpServlet {

    @EJB
    private RegistryService registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        LocalDate yearAgo = PlatformClock.today().minusYears(1);
        String idNumber = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(idNumber, "改造页面户主", "汉族", "13900000000",
                "测试地址7号", "630102001001", "WZ" + idNumber, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE, yearAgo);
        registry.changeAssistance(registry.open(personId).household().id(), AssistanceStatus.DIBAO, true, yearAgo);
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("idNumber=" + idNumber);
    }
}
