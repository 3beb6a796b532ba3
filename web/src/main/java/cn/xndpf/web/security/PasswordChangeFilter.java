package cn.xndpf.web.security;

import cn.xndpf.application.security.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Looks at the signed-in account once per request, before any screen: a user whose password was chosen by an
 * administrator (a new account, a reset) goes to the password page; a disabled account's session ends and the
 * browser goes to the login page. The services refuse both too ({@code CurrentStaff.require}); this filter spares
 * them a page of refusals. Its read of the account is the one the page's services then share
 * ({@code CallerAccount}), so a change takes effect at the user's next request.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = {"/app/*", "/admin/*"})
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String LOGIN_PAGE = "/login.xhtml";

    @EJB
    private StaffDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            switch (directory.standing(request.getUserPrincipal().getName())) {
                case MUST_CHANGE_PASSWORD -> {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                    return;
                }
                case INACTIVE -> {
                    request.logout();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
                    return;
                }
                case ACTIVE -> {
                    // on to the page
                }
            }
        }
        chain.doFilter(request, response);
    }
}
