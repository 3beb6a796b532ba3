package cn.xndpf.domain.rights;

import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * What a screening round found (排查发现的矛盾纠纷): its kind, a description, the registered person or household
 * concerned when there is one, and once resolved (化解) the day, not before the round nor after today, and how.
 * Resolved once.
 */
@Entity
@Table(name = "dispute_finding")
public class DisputeFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private DisputeRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DisputeKind kind;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "household_id", updatable = false)
    private Long householdId;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolution")
    private String resolution;

    @Version
    private int version;

    protected DisputeFinding() {
    }

    DisputeFinding(DisputeRound round, DisputeKind kind, String description, Long personId, Long householdId) {
        if (kind == null) {
            throw new InvalidValueException("kind", "dispute.kindRequired");
        }
        String d = description == null ? "" : description.trim();
        if (d.isEmpty() || d.length() > DisputeRound.MAX_TEXT) {
            throw new InvalidValueException("description", "dispute.description", DisputeRound.MAX_TEXT);
        }
        this.round = round;
        this.kind = kind;
        this.description = d;
        this.personId = personId;
        this.householdId = householdId;
    }

    /** 化解: on {@code day}, from the round's day to {@code today}, how; once. */
    public void resolve(LocalDate day, String how, LocalDate today) {
        if (resolvedOn != null) {
            throw new InvalidValueException("resolvedOn", "dispute.alreadyResolved", resolvedOn.toString());
        }
        if (day == null) {
            throw new InvalidValueException("resolvedOn", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("resolvedOn", "date.future");
        }
        if (day.isBefore(round.screenedOn())) {
            throw new InvalidValueException("resolvedOn", "dispute.resolvedBeforeRound", round.screenedOn());
        }
        String h = how == null ? "" : how.trim();
        if (h.isEmpty() || h.length() > DisputeRound.MAX_TEXT) {
            throw new InvalidValueException("resolution", "dispute.resolution", DisputeRound.MAX_TEXT);
        }
        this.resolvedOn = day;
        this.resolution = h;
    }

    public Long id() {
        return id;
    }

    public DisputeRound round() {
        return round;
    }

    public DisputeKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Long personId() {
        return personId;
    }

    public Long householdId() {
        return householdId;
    }

    public boolean isResolved() {
        return resolvedOn != null;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }

    public String resolution() {
        return resolution;
    }

    public int version() {
        return version;
    }
}
