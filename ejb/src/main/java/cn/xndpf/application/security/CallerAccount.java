package cn.xndpf.application.security;

import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The caller's staff account as read once in this request. A page calls many services, each in its own
 * transaction, and each asked for the caller's account again (an {@code em.find} the shared cache does not answer,
 * 5% of a busy page's samples); the password-change filter read it once more. Now the filter and every service of
 * one HTTP request share one read.
 *
 * <p>Why that weakens nothing: a request is short and the next one reads the account again, so a disabled account,
 * a reset password (which must be changed) or a changed jurisdiction takes effect at the caller's next request, as
 * before. A change made through the account services within this request is seen by the rest of it
 * ({@link #forget()}). Outside an HTTP request (a batch or timer thread without a request context)
 * {@link CurrentStaff} reads the account itself.
 *
 * <p>The account handed out is detached once the transaction that read it ends: services read it (name, role,
 * jurisdiction, institution), and the one that changes the caller's own account reads it afresh
 * ({@link CurrentStaff#requireSignedIn()}).
 */
@RequestScoped
public class CallerAccount {

    @Inject
    private StaffUserRepository users;

    private String username;
    private Optional<StaffUser> account;

    public Optional<StaffUser> of(String name) {
        if (account == null || !name.equals(username)) {
            account = users.find(name);
            username = name;
        }
        return account;
    }

    /** The next question reads the account again: something in this request changed an account. */
    public void forget() {
        username = null;
        account = null;
    }
}
