package cn.xndpf.web.shared;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one program's screen bundle ({@code cn.xndpf.web.<program>.messages}) in the user's language, and
 * the notices a bean puts on its page from them. A bean names its bundle where it asks for one:
 * {@code @Inject @ScreenBundle("cn.xndpf.web.poverty.messages") ScreenTexts texts}.
 *
 * <p>A pattern without arguments is shown as written, so an apostrophe in an English text stays; the key itself when
 * the bundle lacks it. Lookups never fall back to the server's default locale: a server started in English still
 * answers Chinese users in Chinese (each bundle's base file).
 */
public final class ScreenTexts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final LocaleBean localeBean;

    ScreenTexts(String bundle, LocaleBean localeBean) {
        this.bundle = bundle;
        this.localeBean = localeBean;
    }

    public Locale locale() {
        return localeBean.getLocale();
    }

    public boolean english() {
        return localeBean.isEnglish();
    }

    public String text(String key, Object... args) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, ScreenTexts.class.getClassLoader(),
                    NO_DEFAULT_LOCALE).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A page-wide notice that something was done. */
    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** A page-wide error of the screen's own. */
    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An error next to one input ({@code clientId}); the page's validation counts as failed. */
    public void errorAt(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A rule a service refused, page-wide, in the user's language. */
    public void error(InvalidValueException e) {
        add(null, FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
