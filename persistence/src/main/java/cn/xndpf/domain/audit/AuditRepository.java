package cn.xndpf.domain.audit;

import cn.xndpf.domain.division.DivisionCode;

import java.time.Instant;
import java.util.List;

public interface AuditRepository {

    void store(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query, int first, int max);

    long count(AuditQuery query);

    /**
     * Criteria of an audit search; every field optional. {@code jurisdiction} limits the entries to those
     * recorded for a division inside it; entries recorded without a division (platform-wide events) are
     * included only when {@code platformWide} is true.
     */
    record AuditQuery(String actor, String entityType, String entityId, AuditAction action, Instant from,
                      Instant to, DivisionCode jurisdiction, boolean platformWide) {

        public AuditQuery(String actor, String entityType, String entityId, AuditAction action, Instant from,
                          Instant to) {
            this(actor, entityType, entityId, action, from, to, null, true);
        }

        public AuditQuery within(DivisionCode newJurisdiction, boolean includePlatformWide) {
            return new AuditQuery(actor, entityType, entityId, action, from, to, newJurisdiction, includePlatformWide);
        }
    }
}
