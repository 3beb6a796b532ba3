package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
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

/** One step of a certificate's history; never changed once written. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "certificate_id")
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private CertificateEventType type;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "old_category", updatable = false)
    private DisabilityCategory oldCategory;

    @Column(name = "new_category", updatable = false)
    private DisabilityCategory newCategory;

    @Column(name = "old_level", updatable = false)
    private DisabilityLevel oldLevel;

    @Column(name = "new_level", updatable = false)
    private DisabilityLevel newLevel;

    @Column(name = "old_division", updatable = false)
    private DivisionCode oldDivision;

    @Column(name = "new_division", updatable = false)
    private DivisionCode newDivision;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CertificateEvent() {
    }

    CertificateEvent(Certificate certificate, CertificateEventType type, LocalDate date, String actor, String reason) {
        this.certificate = certificate;
        this.type = type;
        this.date = date;
        this.actor = actor;
        this.reason = reason;
        this.recordedAt = Instant.now();
        this.newCategory = certificate.category();
        this.newLevel = certificate.level();
        this.newDivision = certificate.division();
    }

    CertificateEvent withBefore(DisabilityCategory category, DisabilityLevel level, DivisionCode division) {
        this.oldCategory = category;
        this.oldLevel = level;
        this.oldDivision = division;
        return this;
    }

    public Long id() {
        return id;
    }

    public CertificateEventType type() {
        return type;
    }

    public LocalDate date() {
        return date;
    }

    public DisabilityCategory oldCategory() {
        return oldCategory;
    }

    public DisabilityCategory newCategory() {
        return newCategory;
    }

    public DisabilityLevel oldLevel() {
        return oldLevel;
    }

    public DisabilityLevel newLevel() {
        return newLevel;
    }

    public DivisionCode oldDivision() {
        return oldDivision;
    }

    public DivisionCode newDivision() {
        return newDivision;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
