package cn.xndpf.web.socialsecurity;

import cn.xndpf.web.shared.LocaleBean;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** This package's screen texts ({@code cn.xndpf.web.socialsecurity.messages}) as page-wide notices. */
@ApplicationScoped
public class SocialSecurityTexts {

    static final String BUNDLE = "cn.xndpf.web.socialsecurity.messages";

    @Inject
    private LocaleBean localeBean;

    public String text(String key, Object... args) {
        return ScreenTexts.text(BUNDLE, localeBean.getLocale(), key, args);
    }

    public void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }
}
