package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A round of dispute screening (矛盾纠纷排查): on a day not in the future, in a division, by a team named as
 * written, with what it found (none is a finding too: nothing to report). Its findings are resolved one by one.
 */
@Entity
@Table(name = "dispute_round")
public class DisputeRound {

    static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "screened_on", nullable = false, updatable = false)
    private LocalDate screenedOn;

    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Column(name = "screened_by", nullable = false, updatable = false)
    private String screenedBy;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<DisputeFinding> findings = new ArrayList<>();

    @Version
    private int version;

    protected DisputeRound() {
    }

    public DisputeRound(LocalDate screenedOn, DivisionCode division, String screenedBy, String note,
                        String recordedBy, LocalDate today) {
        if (screenedOn == null) {
            throw new InvalidValueException("screenedOn", "date.required");
        }
        if (screenedOn.isAfter(today)) {
            throw new InvalidValueException("screenedOn", "date.future");
        }
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "dispute.divisionRequired");
        }
        String by = screenedBy == null ? "" : screenedBy.trim();
        if (by.length() < 2 || by.length() > 100) {
            throw new InvalidValueException("screenedBy", "dispute.screenedBy");
        }
        String n = note == null ? "" : note.trim();
        if (n.length() > MAX_TEXT) {
            throw new InvalidValueException("note", "dispute.textTooLong", MAX_TEXT);
        }
        this.screenedOn = screenedOn;
        this.division = division;
        this.screenedBy = by;
        this.note = n.isEmpty() ? null : n;
        this.recordedBy = recordedBy;
    }

    /** Adds what the round found; {@code personId} and {@code householdId} optional, checked by the caller. */
    public DisputeFinding find(DisputeKind kind, String description, Long personId, Long householdId) {
        DisputeFinding f = new DisputeFinding(this, kind, description, personId, householdId);
        findings.add(f);
        return f;
    }

    public Long id() {
        return id;
    }

    public LocalDate screenedOn() {
        return screenedOn;
    }

    public DivisionCode division() {
        return division;
    }

    public String screenedBy() {
        return screenedBy;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<DisputeFinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public int version() {
        return version;
    }
}
