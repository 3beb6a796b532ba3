package cn.xndpf.web.security;

import cn.xndpf.application.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the staff screens. How staff sign in is {@link StaffAuthenticationMechanism}. Partners' REST
 * and SOAP calls are not covered: web.xml protects only {@code /app/*}, {@code /admin/*} and {@code /account/*}.
 */
@ApplicationScoped
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class SecurityConfiguration {
}
