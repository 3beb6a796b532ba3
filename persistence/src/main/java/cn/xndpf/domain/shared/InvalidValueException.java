package cn.xndpf.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value that breaks a data rule (数据规则校验失败). Carries the field it concerns and a message key so
 * that screens can show it in Chinese or English and APIs can return it as a structured error.
 */
public class InvalidValueException extends RuntimeException {

    private static final String BUNDLE = "cn.xndpf.domain.ValidationMessages";

    private final String field;
    private final String key;
    private final transient Object[] args;

    public InvalidValueException(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    /** The message in the given locale; Chinese is the platform's first language. */
    public String message(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, InvalidValueException.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getMessage() {
        return message(Locale.SIMPLIFIED_CHINESE);
    }
}
