package cn.xndpf.domain.shared;

import java.util.Locale;

/**
 * A value that breaks a data rule (数据规则校验失败). Carries the field it concerns and a message key so
 * that screens can show it in Chinese or English and APIs can return it as a structured error.
 */
public class InvalidValueException extends RuntimeException {

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

    /** The message's arguments, for callers that format it later or elsewhere. */
    public Object[] args() {
        return args.clone();
    }

    /** The message in the given locale; Chinese is the platform's first language. */
    public String message(Locale locale) {
        return DomainMessages.format(key, locale, args);
    }

    @Override
    public String getMessage() {
        return message(Locale.SIMPLIFIED_CHINESE);
    }
}
