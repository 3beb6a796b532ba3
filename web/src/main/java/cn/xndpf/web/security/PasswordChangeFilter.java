package cn.xndpf.web.security;

import cn.xndpf.application.security.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sends a user whose password was chosen by an administrator (a new account, a reset) to the password
 * page before any other screen. The services refuse such a user too ({@code CurrentStaff.require}); this
 * filter only spares them a page of refusals.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = {"/app/*", "/admin/*"})
public class PasswordChangeFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @EJB
    private StaffDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && directory.mustChangePassword(request.getUserPrincipal().getName())) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
