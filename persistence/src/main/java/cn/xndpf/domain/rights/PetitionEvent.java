package cn.xndpf.domain.rights;

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
import java.time.LocalDate;

/** One step of a petition's timeline: what happened, on which day, who entered it and what was said. */
@Entity
@Table(name = "petition_event")
public class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "petition_id", nullable = false, updatable = false)
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false)
    private PetitionStep step;

    @Column(name = "step_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "note", updatable = false)
    private String note;

    protected PetitionEvent() {
    }

    PetitionEvent(Petition petition, PetitionStep step, LocalDate day, String actor, String note) {
        this.petition = petition;
        this.step = step;
        this.day = day;
        this.actor = actor;
        this.note = note;
        this.occurredAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public PetitionStep step() {
        return step;
    }

    public LocalDate day() {
        return day;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
