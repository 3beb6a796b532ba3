package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.InvalidValueException;

/** The one check of a required free-text field of the employment services' records (trimmed, 1 to max). */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max, String key) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidValueException(field, key, max);
        }
        return v;
    }
}
