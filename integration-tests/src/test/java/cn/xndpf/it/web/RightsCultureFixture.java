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
 * TEST DEPLOYMENT ONLY (in the test archive, never part of the built EAR): registers a person of 东关 community
 * (城东区 staff) for the culture journey to name as an event's participant and answers {@code idNumber=..}.
 */
@WebServlet("/it/culture-participant-fixture")
public class CultureParticipantFixture extends HttpServlet {

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
        String id = TestIds.valid("630102", true);
        registry.register(new PersonRegistration(id, "文体活动参与者", "汉族", "13900000001", "测试地址11号",
                "630102001001", "CU" + id, true));
        request.logout();
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println("idNumber=" + id);
    }
}
