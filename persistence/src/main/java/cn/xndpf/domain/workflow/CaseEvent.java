package cn.xndpf.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step on a case's timeline: who, when, at which review stage, what was decided and why. Never changed. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private ProgramCase programCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private CaseEventType type;

    /** The review stage code a decision was taken at. */
    @Column(name = "review_level", updatable = false)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", updatable = false)
    private ReviewDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_from", updatable = false)
    private CaseState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_to", nullable = false, updatable = false)
    private CaseState to;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected CaseEvent() {
    }

    CaseEvent(ProgramCase programCase, CaseEventType type, String stage, ReviewDecision decision,
              CaseState from, CaseState to, String actor, String reason) {
        this.programCase = programCase;
        this.type = type;
        this.stage = stage;
        this.decision = decision;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public CaseEventType type() {
        return type;
    }

    /** The review stage code of a decision, null for other steps. */
    public String stage() {
        return stage;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
