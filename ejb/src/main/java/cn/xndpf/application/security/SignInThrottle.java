package cn.xndpf.application.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins (登录失败处理) per account and per client address, for staff and partners alike.
 * Too many failures within the window lock the account name (whether or not it exists, so a lock says
 * nothing about existence) or the address for a while; a locked attempt is refused before any password
 * is checked, so a flood of guesses costs no PBKDF2 run. After a lock the count starts afresh.
 * <p>
 * The counts live in this server's memory: a restart forgets them, which costs an attacker a restart.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class SignInThrottle {

    /** Above this many counters, the expired ones are dropped, so a scan of random names cannot fill the heap. */
    private static final int PRUNE_ABOVE = 10_000;

    @Inject
    private SecuritySettings settings;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** Failures since {@code since}, or a lock until {@code lockedUntil}. */
    private record Counter(int failures, Instant since, Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** The counter key of an account: staff and partner names are different name spaces. */
    public static String account(String kind, String name) {
        return kind + ':' + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
    }

    /** Until when the account or the address is locked; empty if neither is. Reads neither settings nor database. */
    public Optional<Instant> lockedUntil(String accountKey, String address) {
        Instant now = Instant.now();
        Instant until = null;
        for (String key : new String[]{accountKey, addressKey(address)}) {
            Counter c = counters.get(key);
            if (c != null && c.lockedAt(now) && (until == null || c.lockedUntil.isAfter(until))) {
                until = c.lockedUntil;
            }
        }
        return Optional.ofNullable(until);
    }

    /** Counts a failure; true if it locked the account or the address. */
    public boolean failed(String accountKey, String address) {
        Instant now = Instant.now();
        int window = settings.failureWindowSeconds();
        int lock = settings.lockSeconds();
        boolean accountLocked = count(accountKey, settings.maxFailuresPerAccount(), window, lock, now);
        boolean addressLocked = count(addressKey(address), settings.maxFailuresPerAddress(), window, lock, now);
        if (counters.size() > PRUNE_ABOVE) {
            counters.values().removeIf(c -> !c.lockedAt(now) && c.since.plusSeconds(window).isBefore(now));
        }
        return accountLocked || addressLocked;
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not open it). */
    public void succeeded(String accountKey) {
        counters.remove(accountKey);
    }

    private boolean count(String key, int max, int windowSeconds, int lockSeconds, Instant now) {
        Counter updated = counters.compute(key, (k, c) -> {
            if (c == null || c.lockedUntil != null || c.since.plusSeconds(windowSeconds).isBefore(now)) {
                c = new Counter(0, now, null);
            }
            int failures = c.failures + 1;
            return failures >= max ? new Counter(0, now, now.plusSeconds(lockSeconds))
                    : new Counter(failures, c.since, null);
        });
        return updated.lockedUntil != null;
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
