package cn.xndpf.application.security;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.AccessDeniedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
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
 * remembered, as a digest only, for a few minutes. Failures are throttled like staff sign-ins (per
 * partner code and per address, a locked attempt checks nothing), an unknown code costs the same check
 * as a wrong secret, and every check that ran is audited.
 * <p>
 * A partner's row (its secret's hash, scopes, divisions, whether it is active) is read from the database at
 * most once every {@link #PARTNER_FRESH} per partner and server: a verification call asked for it twice (the
 * filter, then the service's own scope check), with its divisions, which was a sixth of the call's time. Partners
 * are maintained in the database by administrators, not by a screen, so a change made there (a partner disabled,
 * a scope withdrawn) holds on every server within that time.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class PartnerDirectory {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    /** How long a partner read from the database stands for it on this server. */
    public static final Duration PARTNER_FRESH = Duration.ofSeconds(10);
    /** Above this many partners read, the map is emptied: there are a few dozen partners, not thousands. */
    private static final int READ_AT_MOST = 1_000;
    private static final String ENTITY = "Partner";

    @Inject
    private StaffUserRepository repository;

    @EJB
    private SignInThrottle throttle;

    @EJB
    private AuditTrail audit;

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();

    private final Map<String, PartnerRead> partnersRead = new ConcurrentHashMap<>();

    /** A partner as read from the database, and when. */
    private record PartnerRead(Partner partner, Instant readAt) {
    }

    /** A partner's sign-in: the partner if the credentials are right, or until when it is locked. */
    public record PartnerSignIn(Optional<Partner> partner, Instant retryAfter) {
        public boolean throttled() {
            return retryAfter != null;
        }
    }

    /** The partner, if the secret is right and the partner is active; scope checks are the caller's. */
    public PartnerSignIn authenticate(String code, String secret, String clientAddress) {
        if (code == null || secret == null) {
            return new PartnerSignIn(Optional.empty(), null);
        }
        String key = SignInThrottle.account("partner", code);
        Optional<Instant> locked = throttle.lockedUntil(key, clientAddress);
        if (locked.isPresent()) {
            return new PartnerSignIn(Optional.empty(), locked.get());
        }
        Optional<Partner> partner = partner(code);
        if (partner.isPresent() && partner.get().isActive()) {
            String digest = digest(code + '\u0000' + secret + '\u0000' + partner.get().secretHash());
            Instant seen = recentlyVerified.get(digest);
            if (seen != null && seen.plus(REMEMBER).isAfter(Instant.now())) {
                return new PartnerSignIn(partner, null);
            }
        }
        boolean right = partner.isPresent()
                ? PasswordHasher.verify(secret, partner.get().secretHash())
                : PasswordHasher.verifyNobody(secret);
        if (right && partner.get().isActive()) {
            throttle.succeeded(key);
            recentlyVerified.put(digest(code + '\u0000' + secret + '\u0000' + partner.get().secretHash()), Instant.now());
            audit.record(code, AuditAction.SIGN_IN, ENTITY, code, null, "合作方认证成功 partner signed in from "
                    + clientAddress, null, null);
            return new PartnerSignIn(partner, null);
        }
        boolean nowLocked = throttle.failed(key, clientAddress);
        String reason = partner.isEmpty() ? "unknown partner" : right ? "partner disabled" : "wrong secret";
        audit.record(StaffDirectory.clip(code.isEmpty() ? "-" : code, 50), AuditAction.SIGN_IN_FAILED, ENTITY,
                StaffDirectory.clip(code.isEmpty() ? "-" : code, 40), null,
                "合作方认证失败 " + reason + " from " + clientAddress + (nowLocked ? "; 已锁定 locked" : ""), null,
                Map.of("locked", nowLocked));
        return new PartnerSignIn(Optional.empty(), null);
    }

    /**
     * Refuses a partner whose purpose does not include a service. The endpoints' filter checks the scope of
     * the address; the services check again for the operation, whatever endpoint called them.
     */
    public void requireScope(String code, String scope) {
        boolean allowed = code != null && partner(code).map(p -> p.mayUse(scope)).orElse(false);
        if (!allowed) {
            throw new AccessDeniedException("partner", "partner.scopeDenied");
        }
    }

    /**
     * Whether the partner may use a service for records of a division: it has the scope and serves the
     * division ({@code partner_division}). The caller answers a division not served like a record that does
     * not exist, so a partner learns nothing of other divisions.
     */
    public boolean serves(String code, String scope, DivisionCode division) {
        return code != null && partner(code).map(p -> p.mayUse(scope) && p.serves(division))
                .orElse(false);
    }

    /** The institution a partner reports for, if it is bound to one. */
    public Optional<Long> institutionOf(String code) {
        return code == null ? Optional.empty() : partner(code).map(Partner::institutionId);
    }

    /**
     * The partner of a code, read again once the last reading is {@link #PARTNER_FRESH} old. An unknown code is
     * not remembered (it is asked again each time), so codes made up by a scan do not fill the map.
     */
    private Optional<Partner> partner(String code) {
        Instant now = Instant.now();
        PartnerRead read = partnersRead.get(code);
        if (read != null && read.readAt().plus(PARTNER_FRESH).isAfter(now)) {
            return Optional.of(read.partner());
        }
        Optional<Partner> found = repository.findPartner(code);
        if (found.isPresent()) {
            if (partnersRead.size() >= READ_AT_MOST) {
                partnersRead.clear();
            }
            partnersRead.put(code, new PartnerRead(found.get(), now));
        } else {
            partnersRead.remove(code);
        }
        return found;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
