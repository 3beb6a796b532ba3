package cn.xndpf.web.statistics;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.LocaleBean;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.util.Locale;

/** Texts of the statistics screens' own bundle ({@code cn.xndpf.web.statistics.messages}) and page messages. */
@ApplicationScoped
public class StatisticsTexts {

    static final String BUNDLE = "cn.xndpf.web.statistics.messages";

    @Inject
    private LocaleBean localeBean;

    public Locale locale() {
        return localeBean.getLocale();
    }

    public String text(String key, Object... args) {
        return ScreenTexts.text(BUNDLE, locale(), key, args);
    }

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A rule a service refused, in the user's language. */
    public void error(InvalidValueException e) {
        add(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
