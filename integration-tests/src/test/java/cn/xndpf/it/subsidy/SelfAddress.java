package cn.xndpf.it.subsidy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.URI;

/**
 * The application's own address, as the Arquillian runner's request reached it, so an in-container test
 * can call the partner interfaces over HTTP exactly as a partner system does and then look at the
 * result through the services.
 */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class SelfAddress implements Filter {

    private static final ThreadLocal<URI> BASE = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) request;
        BASE.set(URI.create("http://localhost:" + r.getLocalPort() + r.getContextPath() + "/"));
        try {
            chain.doFilter(request, response);
        } finally {
            BASE.remove();
        }
    }

    /** For example {@code http://localhost:25080/dpf/}. */
    public static URI base() {
        URI base = BASE.get();
        if (base == null) {
            throw new IllegalStateException("not inside an Arquillian in-container test request");
        }
        return base;
    }
}
