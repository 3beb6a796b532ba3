package cn.xndpf.domain.shared;

/** The record asked for does not exist (or is not visible to this caller, which looks the same). */
public class NotFoundException extends InvalidValueException {

    public NotFoundException(String field, String key, Object... args) {
        super(field, key, args);
    }
}
