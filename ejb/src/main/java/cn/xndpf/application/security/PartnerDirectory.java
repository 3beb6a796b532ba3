package cn.xndpf.application.security;

import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks integration partners' credentials (HTTP Basic on REST and SOAP). A PBKDF2 check costs about a
 * tenth of a second, too much for every call of a bank's batch upload, so a credential that passed is
 * remembered, as a digest only, for a few minutes.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class PartnerDirectory {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    @Inject
    private StaffUserRepository repository;

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();

    /** The partner, if the secret is right and the partner is active; scope checks are the caller's. */
    public Optional<Partner> authenticate(String code, String secret) {
        if (code == null || secret == null) {
            return Optional.empty();
        }
        Optional<Partner> partner = repository.findPartner(code).filter(Partner::isActive);
        if (partner.isEmpty()) {
            return Optional.empty();
        }
        String key = digest(code + '\u0000' + secret + '\u0000' + partner.get().secretHash());
        Instant seen = recentlyVerified.get(key);
        if (seen != null && seen.plus(REMEMBER).isAfter(Instant.now())) {
            return partner;
        }
        if (!PasswordHasher.verify(secret, partner.get().secretHash())) {
            return Optional.empty();
        }
        recentlyVerified.put(key, Instant.now());
        return partner;
    }

    /**
     * Refuses a partner whose purpose does not include a service. The endpoints' filter checks the scope of
     * the address; the services check again for the operation, whatever endpoint called them.
     */
    public void requireScope(String code, String scope) {
        boolean allowed = code != null && repository.findPartner(code).map(p -> p.mayUse(scope)).orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("partner", "partner.scopeDenied");
        }
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
