package cn.xndpf.application.audit;

import cn.xndpf.application.shared.GroupCommit;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.List;

/**
 * The audit of reads that change nothing, on the partners' busy path (a certificate verification): the
 * caller returns only once its entry is committed, so no answer leaves without its entry, as with
 * {@link AuditTrail}; but the entries of callers arriving together are committed in one transaction of
 * their own ({@link GroupCommit}), the caller's own transaction (suspended meanwhile) then having nothing
 * to commit. A change and its entry still go together through {@link AuditTrail}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class ReadAuditLog {

    /** At most this many entries in one transaction: about what 64 partners waiting at once hand in. */
    private static final int MOST_PER_COMMIT = 256;

    @Inject
    private AuditRepository repository;

    @Resource
    private UserTransaction transaction;

    private GroupCommit<AuditEntry> commits;

    @PostConstruct
    void start() {
        commits = new GroupCommit<>(this::commit, MOST_PER_COMMIT);
    }

    /** Returns once the entry is committed; an entry that could not be committed fails the read. */
    public void record(String actor, AuditAction action, String entityType, Object entityId, String divisionCode,
                       String summary) {
        try {
            commits.submit(AuditTrail.entry(actor, action, entityType, entityId, divisionCode, summary, null, null));
        } catch (GroupCommit.NotWritten e) {
            throw new EJBException("audit entry not committed", e);
        }
    }

    private void commit(List<AuditEntry> entries) {
        try {
            transaction.begin();
            entries.forEach(repository::store);
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("audit entries not committed: " + e, e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException ignored) {
            // the commit's own exception is the one the callers get
        }
    }
}
