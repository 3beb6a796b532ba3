package cn.xndpf.web.partner;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the partner interfaces themselves (authentication, request shape), in Chinese or English. */
public final class PartnerMessages {

    private static final String BUNDLE = "cn.xndpf.web.partner.PartnerMessages";

    private PartnerMessages() {
    }

    public static String get(String key, Locale locale, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, PartnerMessages.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
