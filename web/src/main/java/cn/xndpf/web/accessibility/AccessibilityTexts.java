package cn.xndpf.web.accessibility;

import cn.xndpf.web.shared.LocaleBean;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;


/** This package's screen texts ({@code cn.xndpf.web.accessibility.messages}) as page-wide notices. */
@ApplicationScoped
public class AccessibilityTexts {

    static final String BUNDLE = "cn.xndpf.web.accessibility.messages";

    @Inject
    private LocaleBean localeBean;

    public String text(String key, Object... args) {
        return ScreenTexts.text(BUNDLE, localeBean.getLocale(), key, args);
    }

    public void info(String key, Object... args) {
        String t = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
    }

    public boolean english() {
        return localeBean.isEnglish();
    }
}
