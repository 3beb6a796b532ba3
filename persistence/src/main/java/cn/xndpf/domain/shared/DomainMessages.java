package cn.xndpf.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of messages in Chinese (each bundle's base file, the platform's first language) or English.
 * Lookups never fall back to the server's default locale, so a server started in English still
 * answers Chinese to Chinese users without a copy of every bundle under {@code _zh}.
 */
public final class DomainMessages {

    private static final String BUNDLE = "cn.xndpf.domain.ValidationMessages";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DomainMessages() {
    }

    /** A rule message of the domain. */
    public static String format(String key, Locale locale, Object... args) {
        return format(BUNDLE, DomainMessages.class.getClassLoader(), key, locale, args);
    }

    /** A message from any bundle of the platform, loaded by the given class loader. */
    public static String format(String bundleName, ClassLoader loader, String key, Locale locale, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, loader, NO_DEFAULT_LOCALE);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
