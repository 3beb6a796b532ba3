package cn.xndpf.web.security;

import cn.xndpf.web.shared.SecurityHeadersFilter;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the security headers on the response before the authentication mechanism and its login-to-continue
 * handling run: that handling answers a request for a protected page with its redirect to the login page
 * before the mechanism itself is called, and the container runs all of it before any filter of the
 * application. Its priority puts it outside Jakarta Security's own interceptors (login-to-continue at
 * PLATFORM_BEFORE + 220).
 */
@SecurityHeadersFirst
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class SecurityHeadersInterceptor {

    @AroundInvoke
    public Object headersFirst(InvocationContext invocation) throws Exception {
        if ("validateRequest".equals(invocation.getMethod().getName())) {
            for (Object parameter : invocation.getParameters()) {
                if (parameter instanceof HttpServletResponse response) {
                    SecurityHeadersFilter.apply(response);
                }
            }
        }
        return invocation.proceed();
    }
}
