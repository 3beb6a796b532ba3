package cn.xndpf.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the domain's rule messages, in Chinese (the default) and English. */
public final class DomainMessages {

    private static final String BUNDLE = "cn.xndpf.domain.ValidationMessages";

    private DomainMessages() {
    }

    public static String format(String key, Locale locale, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DomainMessages.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
