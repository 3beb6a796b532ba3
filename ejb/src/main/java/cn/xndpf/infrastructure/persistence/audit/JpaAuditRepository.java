package cn.xndpf.infrastructure.persistence.audit;

import cn.xndpf.domain.audit.AuditEntry;
import cn.xndpf.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void store(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditEntry> q = em.createQuery("SELECT a FROM AuditEntry a" + where(query, params)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(AuditQuery query, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (query.jurisdiction() != null) {
            w.append(query.platformWide() ? " AND (a.divisionCode LIKE :jurisdiction OR a.divisionCode IS NULL)"
                    : " AND a.divisionCode LIKE :jurisdiction");
            params.put("jurisdiction", query.jurisdiction().prefix() + "%");
        } else if (!query.platformWide()) {
            w.append(" AND a.divisionCode IS NOT NULL");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            w.append(" AND a.actor = :actor");
            params.put("actor", query.actor().trim());
        }
        if (query.entityType() != null && !query.entityType().isBlank()) {
            w.append(" AND a.entityType = :type");
            params.put("type", query.entityType().trim());
        }
        if (query.entityId() != null && !query.entityId().isBlank()) {
            w.append(" AND a.entityId = :eid");
            params.put("eid", query.entityId().trim());
        }
        if (query.action() != null) {
            w.append(" AND a.action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            w.append(" AND a.occurredAt >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            w.append(" AND a.occurredAt < :to");
            params.put("to", query.to());
        }
        return w.toString();
    }
}
