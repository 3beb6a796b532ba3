package cn.xndpf.web.accessibility;

import cn.xndpf.web.shared.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** This package's screen texts ({@code cn.xndpf.web.accessibility.messages}) as page-wide notices. */
@ApplicationScoped
public class AccessibilityTexts {

    static final String BUNDLE = "cn.xndpf.web.accessibility.messages";

    @Inject
    private LocaleBean localeBean;

    public String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, localeBean.getLocale()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, localeBean.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void info(String key, Object... args) {
        String t = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
    }

    public boolean english() {
        return localeBean.isEnglish();
    }
}
