package cn.xndpf.web.shared;

import cn.xndpf.application.shared.Incidents;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The platform's own page for an unexpected error (系统错误页), in Chinese then English, with the
 * incident number and nothing else: no exception, no SQL, no server version. It is the container's error
 * page for any exception and for status 500 (web.xml), where it numbers the failure itself, and the page
 * the screens' {@link IncidentExceptionHandlerFactory} redirects to with the number it gave. Plain HTML
 * from a servlet, so it still shows when Faces itself is what failed. For status 404 it says only that
 * the page does not exist (no incident: nothing failed).
 */
@WebServlet(IncidentPageServlet.PATH)
public class IncidentPageServlet extends HttpServlet {

    public static final String PATH = "/error/incident";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String incident = null;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure == null && Integer.valueOf(HttpServletResponse.SC_NOT_FOUND).equals(status)) {
            notFound(request, response);
            return;
        }
        if (failure instanceof Throwable t) {
            incident = Incidents.record("page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        } else if (status != null) {
            incident = Incidents.record("page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " answered " + status, null);
        } else {
            String given = request.getParameter("incident");
            if (given != null && Incidents.NUMBER.matcher(given).matches()) {
                incident = given;
            }
        }
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String home = request.getContextPath() + "/";
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>"
                    + "<title>系统错误 · System error · 西宁市残疾人事业综合管理平台</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/jakarta.faces.resource/css/dpf.css.xhtml\"/></head><body>"
                    + "<main id=\"main\" class=\"login-box\">"
                    + "<h1>系统出现意外错误</h1>"
                    + "<p role=\"alert\">您的操作没有完成。请稍后再试；如果问题持续出现，请将下面的事件编号告知平台管理员。</p>");
            if (incident != null) {
                out.print("<p>事件编号 <span lang=\"en\">Incident number</span>: <strong id=\"incident\">"
                        + incident + "</strong></p>");
            }
            out.print("<h2 lang=\"en\">An unexpected error occurred</h2>"
                    + "<p lang=\"en\">What you did was not completed. Please try again later; if the problem"
                    + " persists, give the platform administrators the incident number above.</p>"
                    + "<p><a href=\"" + home + "\">返回首页</a> · <a lang=\"en\" href=\"" + home
                    + "\">Back to the start page</a></p></main></body></html>");
        }
    }

    /** A page that does not exist: no incident, but not the container's report with its version either. */
    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/";
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>"
                    + "<title>页面不存在 · Page not found · 西宁市残疾人事业综合管理平台</title>"
                    + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/jakarta.faces.resource/css/dpf.css.xhtml\"/></head><body>"
                    + "<main id=\"main\" class=\"login-box\"><h1>页面不存在</h1>"
                    + "<h2 lang=\"en\">Page not found</h2>"
                    + "<p><a href=\"" + home + "\">返回首页</a> · <a lang=\"en\" href=\"" + home
                    + "\">Back to the start page</a></p></main></body></html>");
        }
    }
}
