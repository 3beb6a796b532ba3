package cn.xndpf.domain.audit;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    void store(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);

    /** Criteria of an audit search; every field optional. */
    record AuditQuery(String actor, String entityType, String entityId, AuditAction action, Instant from,
                      Instant to) {
    }
}
