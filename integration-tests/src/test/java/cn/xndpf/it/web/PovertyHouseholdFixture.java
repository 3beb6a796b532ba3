package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the poverty journey, never part of the built EAR): registers a person
 * of 东关 community (城东区 staff) in a household of their own and answers {@code householdNumber=..}.
 */
@WebServlet("/it/poverty-household-fixture")
public class PovertyHouseholdFixture extends HttpServlet {

    @EJB
    private RegistryService registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        String id = TestIds.valid("630102", false);
        registry.register(new PersonRegistration(id, "脱贫页面户主", "汉族", "13900000000", "测试地址9号",
                "630102001001", "PB" + id, true));
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("householdNumber=PB" + id);
    }
}
