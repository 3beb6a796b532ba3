package cn.xndpf.web.poverty;

import cn.xndpf.web.shared.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** This package's screen texts ({@code cn.xndpf.web.poverty.messages}) as page-wide notices. */
@ApplicationScoped
public class PovertyTexts {

    static final String BUNDLE = "cn.xndpf.web.poverty.messages";

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
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }
}
