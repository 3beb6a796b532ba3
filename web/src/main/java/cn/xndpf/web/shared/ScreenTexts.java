package cn.xndpf.web.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of a program package's screen bundle ({@code cn.xndpf.web.<program>.messages}), in the user's locale:
 * the pattern as written when there are no arguments (so an apostrophe in an English text stays), formatted
 * when there are; the key itself when the bundle lacks it. The one lookup behind each package's {@code *Texts}.
 */
public final class ScreenTexts {

    private ScreenTexts() {
    }

    public static String text(String bundle, Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, ScreenTexts.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
