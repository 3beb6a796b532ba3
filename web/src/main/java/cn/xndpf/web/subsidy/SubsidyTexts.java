package cn.xndpf.web.subsidy;

import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

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
        return DomainMessages.format(BUNDLE, SubsidyTexts.class.getClassLoader(), key, localeBean.getLocale(), args);
    }

    public void info(String key, Object... args) {
        String t = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, t));
    }

    /** {@code #{subsidyTexts.time(step.at())}}: 2026-01-15 09:30. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
