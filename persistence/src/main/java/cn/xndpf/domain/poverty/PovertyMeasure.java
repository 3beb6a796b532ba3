package cn.xndpf.domain.poverty;

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

import java.time.LocalDate;

/** A measure taken for a monitored household (帮扶措施): its kind, day and note; made by the monitoring. */
@Entity
@Table(name = "poverty_measure")
public class PovertyMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "monitoring_id", nullable = false, updatable = false)
    private PovertyMonitoring monitoring;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MeasureKind kind;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(name = "note", updatable = false)
    private String note;

    protected PovertyMeasure() {
    }

    PovertyMeasure(PovertyMonitoring monitoring, MeasureKind kind, LocalDate takenOn, String note) {
        this.monitoring = monitoring;
        this.kind = kind;
        this.takenOn = takenOn;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public MeasureKind kind() {
        return kind;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String note() {
        return note;
    }
}
