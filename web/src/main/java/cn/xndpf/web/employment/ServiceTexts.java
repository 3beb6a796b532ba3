package cn.xndpf.web.employment;

import cn.xndpf.web.shared.LocaleBean;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.math.BigDecimal;

/** The employment services' screen texts (training/fairs/placements: bundle {@code employment.services}). */
@ApplicationScoped
public class ServiceTexts {

    static final String BUNDLE = "cn.xndpf.web.employment.services";

    @Inject
    private LocaleBean localeBean;

    void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                ScreenTexts.text(BUNDLE, localeBean.getLocale(), key, args), null));
    }

    /** What was typed as a whole number; anything else goes on as -1, which the rules refuse. */
    static Integer whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What was typed as an amount; anything else goes on as -1, which the rules refuse. */
    static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.ONE.negate();
        }
    }
}
