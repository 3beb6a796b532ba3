package cn.xndpf.application.security;

import cn.xndpf.application.security.StaffDirectory.StaffIdentity;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of a staff sign-in. A refusal never says why (wrong password, unknown or disabled account
 * look the same); a throttled attempt says until when.
 */
public record SignIn(Outcome outcome, StaffIdentity identity, boolean mustChangePassword, Instant retryAfter)
        implements Serializable {

    public enum Outcome {
        SUCCESS,
        /** Wrong or unknown credentials, or a disabled account. */
        REFUSED,
        /** Too many failures for this account or address: refused without checking the password. */
        THROTTLED
    }

    static SignIn success(StaffIdentity identity, boolean mustChangePassword) {
        return new SignIn(Outcome.SUCCESS, identity, mustChangePassword, null);
    }

    static SignIn refused() {
        return new SignIn(Outcome.REFUSED, null, false, null);
    }

    static SignIn throttled(Instant until) {
        return new SignIn(Outcome.THROTTLED, null, false, until);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
