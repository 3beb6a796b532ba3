package cn.xndpf.web.security;

import cn.xndpf.application.security.StaffDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;

/**
 * Checks staff passwords against the staff directory. The caller's group is the role name, which
 * Payara maps to the role of the same name (default principal-to-role mapping).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffDirectory directory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return directory.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(staff -> new CredentialValidationResult(staff.username(), Set.of(staff.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
