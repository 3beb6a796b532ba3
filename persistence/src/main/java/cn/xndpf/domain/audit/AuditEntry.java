package cn.xndpf.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** 审计日志: who did what to which record, when, with the state before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "division_code", updatable = false)
    private String divisionCode;

    @Column(name = "summary", updatable = false)
    private String summary;

    @Lob
    @Column(name = "before_state", updatable = false)
    private String before;

    @Lob
    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, AuditAction action, String entityType, String entityId, String divisionCode,
                      String summary, String before, String after) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.divisionCode = divisionCode;
        this.summary = summary == null || summary.length() <= 400 ? summary : summary.substring(0, 400);
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String summary() {
        return summary;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
