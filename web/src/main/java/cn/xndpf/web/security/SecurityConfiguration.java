package cn.xndpf.web.security;

import cn.xndpf.application.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in through the JSF page {@code /login.xhtml}; an unauthenticated request for a protected
 * page is redirected there and continued after a successful login. Partners' REST and SOAP calls are
 * not covered: web.xml protects only {@code /app/*} and {@code /admin/*}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class SecurityConfiguration {
}
