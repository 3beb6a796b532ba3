package cn.xndpf.web.shared;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts messages on the page in the user's language. A rule violation reported by a service names the
 * field at fault; a screen maps field names to its component client ids so that each message appears
 * next to its own input.
 */
@ApplicationScoped
public class FacesMessages {

    @Inject
    private LocaleBean localeBean;

    /** Text of the web bundle ({@code msg}) in the current language. */
    public String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, localeBean.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void globalError(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public void globalInfo(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /**
     * Shows a service's rule violation: next to the component mapped from its field, otherwise at the top
     * of the page.
     */
    public void show(InvalidValueException e, Map<String, String> fieldToClientId) {
        String clientId = e.field() == null ? null : fieldToClientId.get(e.field());
        add(clientId, FacesMessage.SEVERITY_ERROR, e.message(localeBean.getLocale()));
    }

    /** The caller's role does not allow the action (the container refused the call). */
    public void show(EJBAccessException e) {
        globalError("error.roleDenied");
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
