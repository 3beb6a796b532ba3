package cn.xndpf.it.web;

import cn.xndpf.application.employment.EmployerForm;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.EmployerKind;
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
import java.security.SecureRandom;

/**
 * TEST DEPLOYMENT ONLY (training/fairs/placements' browser journey): as the registry and employer screens do it, a
 * certificate holder of 东关 community and an employer of 城东区 (城东区 staff). Answers {@code idNumber=..} and
 * {@code creditCode=..}, one a line.
 */
@WebServlet("/it/employment-services-fixture")
public class EmploymentServicesFixture extends HttpServlet {

    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private RegistryService registry;

    @EJB
    private QuotaService quota;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        String idNumber = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(idNumber, "培训安置学员", "汉族", "13900000000",
                "测试地址9号", "630102001001", "JY" + idNumber, true));
        registry.issueCertificate(personId, DisabilityCategory.HEARING, DisabilityLevel.THREE,
                PlatformClock.today().minusYears(1));
        StringBuilder code = new StringBuilder("91630102");
        for (int i = 0; i < 9; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        code.append(CreditCode.checkCharacter(code.toString()));
        quota.register(new EmployerForm(code.toString(), "招聘会测试企业" + RANDOM.nextInt(100000), "630102",
                EmployerKind.ENTERPRISE, "国家税务总局西宁市城东区税务局"));
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("idNumber=" + idNumber);
        response.getWriter().println("creditCode=" + code);
    }
}
