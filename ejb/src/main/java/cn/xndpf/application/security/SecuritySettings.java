package cn.xndpf.application.security;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The security policy values in force today (password policy, sign-in throttle, idle time-out): dated
 * {@code policy_setting} rows, so the federation changes them as data (migration V9 has the defaults).
 */
@ApplicationScoped
public class SecuritySettings {

    static final String PASSWORD_MIN_LENGTH = "security.password.minLength";
    static final String PASSWORD_MIN_CLASSES = "security.password.minCharacterClasses";
    static final String MAX_FAILURES_PER_ACCOUNT = "security.signIn.maxFailuresPerAccount";
    static final String MAX_FAILURES_PER_ADDRESS = "security.signIn.maxFailuresPerAddress";
    static final String FAILURE_WINDOW_SECONDS = "security.signIn.failureWindowSeconds";
    static final String LOCK_SECONDS = "security.signIn.lockSeconds";
    static final String SESSION_IDLE_SECONDS = "security.session.idleSeconds";

    @Inject
    private PolicySettingRepository settings;

    public int passwordMinLength() {
        return number(PASSWORD_MIN_LENGTH);
    }

    public int passwordMinCharacterClasses() {
        return number(PASSWORD_MIN_CLASSES);
    }

    public int maxFailuresPerAccount() {
        return number(MAX_FAILURES_PER_ACCOUNT);
    }

    public int maxFailuresPerAddress() {
        return number(MAX_FAILURES_PER_ADDRESS);
    }

    public int failureWindowSeconds() {
        return number(FAILURE_WINDOW_SECONDS);
    }

    public int lockSeconds() {
        return number(LOCK_SECONDS);
    }

    public int sessionIdleSeconds() {
        return number(SESSION_IDLE_SECONDS);
    }

    private int number(String key) {
        String value = settings.valueOn(key, PlatformClock.today())
                .orElseThrow(() -> new IllegalStateException("policy setting " + key + " is missing"));
        return Integer.parseInt(value.trim());
    }
}
