package cn.xndpf.web.shared;

import java.math.BigDecimal;

/**
 * Numbers as staff typed them into a text input, handed on to the service that judges them: blank is "none", and
 * anything that is not a number goes on as -1, which the services' rules refuse with their own message (so the
 * screen shows the rule's text, not a converter's).
 */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    public static Integer whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.ONE.negate();
        }
    }
}
