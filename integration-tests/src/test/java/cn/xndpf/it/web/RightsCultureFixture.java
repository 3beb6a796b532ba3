package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
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

/**
 * TEST DEPLOYMENT ONLY (in the test archive, never part of the built EAR): registers a person of 东关 community
 * (城东区 staff) for the rights and culture journeys and answers {@code idNumber=..}: an event's participant, or
 * with {@code ?fuelOwner=true} a motorised-wheelchair owner holding a physical-disability certificate of level 2
 * issued a year back (eligible for the fuel subsidy).
 */
@WebServlet("/it/rights-culture-fixture")
public class RightsCultureFixture extends HttpServlet {

    @EJB
    private RegistryService registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StaffLogin.as(request, response, "chengdong", "district123");
        boolean fuelOwner = Boolean.parseBoolean(request.getParameter("fuelOwner"));
        String id = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(id, fuelOwner ? "燃油页面车主" : "文体活动参与者", "汉族",
                "13900000001", "测试地址11号", "630102001001", "CU" + id, true));
        if (fuelOwner) {
            registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO,
                    PlatformClock.today().minusYears(1));
        }
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("idNumber=" + id);
    }
}
