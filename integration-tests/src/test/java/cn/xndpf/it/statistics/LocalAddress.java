package cn.xndpf.it.statistics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/** The address an in-container test was reached at, so that it can call the application over HTTP itself. */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class LocalAddress extends HttpFilter {

    private static volatile URI application;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        application = URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/");
        chain.doFilter(request, response);
    }

    static URI app(String path) {
        return application.resolve(path);
    }
}
