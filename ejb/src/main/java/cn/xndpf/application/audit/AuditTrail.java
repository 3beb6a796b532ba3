package cn.xndpf.application.audit;

import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
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
 * are committed together or not at all.
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
        repository.store(new AuditEntry(actor, action, entityType, String.valueOf(entityId), divisionCode, summary,
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }
}
