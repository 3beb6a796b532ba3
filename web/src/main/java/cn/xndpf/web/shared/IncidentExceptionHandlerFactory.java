package cn.xndpf.web.shared;

import cn.xndpf.application.shared.Incidents;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Screens: an exception no bean handled becomes an incident and the user is sent to the platform's own
 * error page with its number ({@link IncidentPageServlet}), for full page requests and PrimeFaces ajax
 * requests alike; without it Faces would answer an ajax request with the exception's message (SQL
 * included) and a full request with the container's error report. An expired view is left to the
 * container, which sends the user to the login page (web.xml).
 */
public class IncidentExceptionHandlerFactory extends ExceptionHandlerFactory {

    public IncidentExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (expiredView(failure) || faces == null) {
                    continue;
                }
                events.remove();
                ExternalContext external = faces.getExternalContext();
                String incident = Incidents.record("screen " + external.getRequestServletPath(), failure);
                if (faces.getResponseComplete()) {
                    continue;
                }
                try {
                    if (external.isResponseCommitted()) {
                        // part of the page has gone out: nothing can be replaced any more; the log holds it
                        LOG.warning("Incident " + incident + ": response already committed, no error page shown");
                    } else {
                        external.responseReset();
                        if (external.getResponse() instanceof HttpServletResponse http) {
                            SecurityHeadersFilter.apply(http);
                        }
                        external.redirect(external.getRequestContextPath() + IncidentPageServlet.PATH
                                + "?incident=" + incident);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Incident " + incident + ": could not show the error page", e);
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }

        private static boolean expiredView(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
