package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.TestIds;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
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

    @Inject
    private SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true).credential(new UsernamePasswordCredential("chengdong",
                        new Password("district123"))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("login failed: " + status);
        }
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
