package cn.xndpf.application.security;

import cn.xndpf.domain.shared.InvalidValueException;

import java.util.Locale;

/**
 * The password policy (密码策略): a minimum length, a minimum number of character classes (upper case,
 * lower case, digits, others), and never the user name. The numbers come from {@link SecuritySettings}.
 */
public final class PasswordPolicy {

    /** The field a policy refusal names. */
    public static final String FIELD = "password";

    private final int minLength;
    private final int minClasses;

    public PasswordPolicy(int minLength, int minClasses) {
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    /** Refuses a password that breaks the policy, saying which rule it breaks. */
    public void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new InvalidValueException(FIELD, "password.tooShort", minLength);
        }
        if (classes(password) < minClasses) {
            throw new InvalidValueException(FIELD, "password.tooFewClasses", minClasses);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(FIELD, "password.containsUsername");
        }
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
