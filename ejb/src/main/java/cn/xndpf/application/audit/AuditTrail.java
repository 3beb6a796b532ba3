package cn.xndpf.application.audit;

import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.shared.PersonalDataMasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.Map;

/**
 * Writes the audit log (审计日志). It joins the caller's transaction, so a change and its audit entry
 * are committed together or not at all. An entry holds what an investigator needs and no more: ID numbers
 * (wherever they appear, also in the summary), bank accounts, phones and addresses of the before and after
 * are stored masked by the one rule of their kind ({@link PersonalDataMasks}); that a value changed stays
 * visible, the value itself is in the record for those who may open it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private AuditRepository repository;

    public void record(String actor, AuditAction action, String entityType, Object entityId, String divisionCode,
                       String summary, Map<String, ?> before, Map<String, ?> after) {
        repository.store(entry(actor, action, entityType, entityId, divisionCode, summary, before, after));
    }

    /** The entry as it is stored, personal data masked; {@link ReadAuditLog} stores the same. */
    static AuditEntry entry(String actor, AuditAction action, String entityType, Object entityId, String divisionCode,
                            String summary, Map<String, ?> before, Map<String, ?> after) {
        return new AuditEntry(actor, action, entityType, String.valueOf(entityId), divisionCode,
                CertificateNumber.maskWithin(summary), json(before), json(after));
    }

    private static String json(Map<String, ?> snapshot) {
        return snapshot == null ? null : JSON.toJson(PersonalDataMasks.forAudit(snapshot));
    }
}
