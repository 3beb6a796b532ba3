package cn.xndpf.web.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * The signed-in caller of a session, name and groups, kept as an attribute of the session (which the data
 * grid carries to another instance of a cluster) and handed to the container again on every request that
 * brings no credential. It takes the place of {@code @AutoApplySession}, whose principal registered with the
 * container's session reached another instance without its groups (403 after a move). It runs before
 * Soteria's login-to-continue (priority 220), which would otherwise send a signed-in caller's request for a
 * protected page to the login page before the mechanism is asked.
 */
@Interceptor
@CallerKeptInSession
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 215)
public class CallerKeptInSessionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object restore(InvocationContext invocation) throws Exception {
        Object[] args = invocation.getParameters();
        if ("validateRequest".equals(invocation.getMethod().getName()) && args.length == 3
                && args[0] instanceof HttpServletRequest request && args[2] instanceof HttpMessageContext context
                && context.getAuthParameters().getCredential() == null
                && !context.getAuthParameters().isNewAuthentication()) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(StaffAuthenticationMechanism.SIGNED_IN)
                    instanceof StaffAuthenticationMechanism.SignedInCaller caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
        }
        return invocation.proceed();
    }
}
