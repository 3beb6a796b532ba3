package cn.xndpf.it.web;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
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
 * TEST DEPLOYMENT ONLY (added to the WAR by the poverty journey, never part of the built EAR): registers a person
 * of 东关 community (城东区 staff) in a household of their own and answers {@code householdNumber=..}.
 */
@WebServlet("/it/poverty-household-fixture")
public class PovertyHouseholdFixture extends HttpServlet {

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
        String id = TestIds.valid("630102", false);
        registry.register(new PersonRegistration(id, "脱贫页面户主", "汉族", "13900000000", "测试地址9号",
                "630102001001", "PB" + id, true));
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("householdNumber=PB" + id);
    }
}
