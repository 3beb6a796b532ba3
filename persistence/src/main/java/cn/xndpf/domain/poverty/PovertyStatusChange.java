package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One change of a household's poverty status (贫困状态变更): recorded poor (建档立卡 or 低收入) or lifted out of
 * poverty (脱贫) from a day. Never updated: the history is the rows in {@code seq} order; made by
 * {@link PovertyHistory#next}.
 */
@Entity
@Table(name = "poverty_status")
public class PovertyStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private PovertyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "poor_kind", updatable = false)
    private PoorKind poorKind;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    /** The household's division when recorded: whose staff see it and where it is counted. */
    @Column(name = "division_code", nullable = false, updatable = false)
    private DivisionCode division;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    protected PovertyStatusChange() {
    }

    PovertyStatusChange(long householdId, int seq, PovertyStatus status, PoorKind poorKind, LocalDate effectiveOn,
                        DivisionCode division, String note, String recordedBy, LocalDate recordedOn) {
        this.householdId = householdId;
        this.seq = seq;
        this.status = status;
        this.poorKind = poorKind;
        this.effectiveOn = effectiveOn;
        this.division = division;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
    }

    public Long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public int seq() {
        return seq;
    }

    public PovertyStatus status() {
        return status;
    }

    public PoorKind poorKind() {
        return poorKind;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public DivisionCode division() {
        return division;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }
}
