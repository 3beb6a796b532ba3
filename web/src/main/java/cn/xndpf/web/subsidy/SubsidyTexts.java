package cn.xndpf.web.subsidy;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The subsidy screens' own texts ({@code cn.xndpf.web.subsidy.messages}, loaded in the pages as
 * {@code sub}) for messages the beans put on a page, in the user's language; and the one way these
 * screens write a moment in time (Beijing time, to the minute).
 */
@Named("subsidyTexts")
@ApplicationScoped
public class SubsidyTexts {

    static final String BUNDLE = "cn.xndpf.web.subsidy.messages";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.ZONE);

    @Inject
    private LocaleBean localeBean;

    public String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, localeBean.getLocale(), SubsidyTexts.class.getClassLoader())
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, localeBean.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void info(String key, Object... args) {
        String t = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
    }

    public void error(String key, Object... args) {
        String t = text(key, args);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, t, t));
        faces.validationFailed();
    }

    /** {@code #{subsidyTexts.time(step.at())}}: 2026-01-15 09:30. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
