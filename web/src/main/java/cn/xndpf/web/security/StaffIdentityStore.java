package cn.xndpf.web.security;

import cn.xndpf.application.security.SignIn;
import cn.xndpf.application.security.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * Checks staff passwords against the staff directory, which throttles and audits sign-ins by the
 * client's address. The caller's group is the role name, which Payara maps to the role of the same name
 * (default principal-to-role mapping).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Request attribute set when the directory refused a sign-in without checking it (too many failures). */
    static final String THROTTLED = "cn.xndpf.signIn.throttled";

    @EJB
    private StaffDirectory directory;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn signIn = directory.signIn(login.getCaller(), login.getPasswordAsString(), clientAddress());
        if (signIn.outcome() == SignIn.Outcome.THROTTLED) {
            request.setAttribute(THROTTLED, signIn.retryAfter());
        }
        if (!signIn.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(signIn.identity().username(), Set.of(signIn.identity().role().name()));
    }

    /**
     * The address the sign-in came from. A sign-in on a thread without an HTTP request of its own (an
     * in-container test's worker thread signing in through the test request's objects) has none: it is
     * counted under one shared key, and the per-account limit applies as ever.
     */
    private String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequestOnThisThread) {
            return "no-request";
        }
    }
}
