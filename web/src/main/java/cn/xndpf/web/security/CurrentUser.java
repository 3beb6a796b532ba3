package cn.xndpf.web.security;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.security.StaffDirectory;
import cn.xndpf.application.security.StaffDirectory.StaffIdentity;
import cn.xndpf.web.shared.Labels;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.security.Principal;
import java.util.Arrays;

/**
 * Who is logged in, for the top bar and for showing only the actions the role allows. Showing a
 * button is a convenience: the services check roles and jurisdiction themselves.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffDirectory directory;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Labels labels;

    private StaffIdentity identity;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    private StaffIdentity identity() {
        Principal p = securityContext.getCallerPrincipal();
        if (p == null) {
            identity = null;
            return null;
        }
        if (identity == null || !identity.username().equals(p.getName())) {
            identity = directory.identify(p.getName()).orElse(null);
        }
        return identity;
    }

    public String getUsername() {
        StaffIdentity i = identity();
        return i == null ? "" : i.username();
    }

    public String getDisplayName() {
        StaffIdentity i = identity();
        return i == null ? "" : i.displayName();
    }

    public String getRoleLabel() {
        StaffIdentity i = identity();
        return i == null ? "" : labels.of(i.role());
    }

    public String getJurisdiction() {
        StaffIdentity i = identity();
        return i == null ? "" : i.jurisdiction().value();
    }

    public boolean isAdmin() {
        return inAny(Roles.ADMIN);
    }

    public boolean isCanRegister() {
        return inAny(Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    /** Staff of an institution: they work on their institution's service records only. */
    public boolean isInstitutionStaff() {
        return inAny(Roles.INSTITUTION_STAFF);
    }

    public boolean isCanRecordServices() {
        return inAny(Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF,
                Roles.INSTITUTION_STAFF);
    }

    /** The first page after signing in: an institution's staff have no registry search. */
    public String home() {
        return (isInstitutionStaff() ? LoginBean.INSTITUTION_HOME : LoginBean.HOME) + "?faces-redirect=true";
    }

    public boolean isCanManageCertificates() {
        return inAny(Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    public boolean isCanRunStatistics() {
        return inAny(Roles.ADMIN, Roles.CITY_STAFF);
    }

    /**
     * Whether the caller's role is one of these. The role is the one the sign-in gave the caller as its only
     * group ({@code StaffIdentityStore}), so it is read from the identity this session already holds: a page's
     * menu asks this dozens of times, and each {@code isCallerInRole} went through the container's policy.
     */
    private boolean inAny(String... roles) {
        StaffIdentity i = identity();
        return i != null && Arrays.asList(roles).contains(i.role().name());
    }
}
