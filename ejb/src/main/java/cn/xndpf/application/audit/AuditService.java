package cn.xndpf.application.audit;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import cn.xndpf.domain.audit.AuditRepository.AuditQuery;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.security.StaffUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets administrators search the audit log: only the entries of their own jurisdiction, and every search
 * is itself audited (who looked at whose traces is as sensitive as the traces).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

    @Inject
    private AuditRepository repository;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail trail;

    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        StaffUser me = currentStaff.require();
        AuditQuery scoped = scoped(me, query);
        List<AuditEntry> entries = repository.search(scoped, first, Math.min(max, 500));
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("actor", query.actor());
        criteria.put("entityType", query.entityType());
        criteria.put("entityId", query.entityId());
        criteria.put("action", query.action() == null ? null : query.action().name());
        criteria.put("from", query.from() == null ? null : query.from().toString());
        criteria.put("to", query.to() == null ? null : query.to().toString());
        criteria.put("first", first);
        criteria.put("returned", entries.size());
        trail.record(me.username(), AuditAction.VIEW, "AuditLog", "search", me.jurisdiction().value(),
                "查阅审计日志", null, criteria);
        return entries;
    }

    public long count(AuditQuery query) {
        return repository.count(scoped(currentStaff.require(), query));
    }

    /**
     * Entries without a division (sign-ins, partner calls, platform settings) belong to no district: only an
     * administrator of the whole city or province sees them.
     */
    private static AuditQuery scoped(StaffUser me, AuditQuery query) {
        DivisionLevel level = me.jurisdiction().level();
        return query.within(me.jurisdiction(), level == DivisionLevel.CITY || level == DivisionLevel.PROVINCE);
    }
}
