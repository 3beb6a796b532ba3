package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.Person;
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

/**
 * A needs assessment (康复需求评估) of a certificate holder on a day: whether a basic rehabilitation service is
 * needed and which. Never changed: a later assessment is a new one, and the latest on a day is the one that
 * counts. The people assessed as needing are the basic service rate's denominator.
 */
@Entity
@Table(name = "rehabilitation_assessment")
public class RehabilitationAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "needs_service", nullable = false, updatable = false)
    private boolean needsService;

    /** The service found needed; null when none is. */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", updatable = false)
    private ServiceKind service;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    private String assessedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RehabilitationAssessment() {
    }

    /** {@code service} null means the assessment found no need. */
    public RehabilitationAssessment(Person person, LocalDate assessedOn, ServiceKind service, String note,
                                    String assessedBy) {
        this.person = person;
        this.assessedOn = assessedOn;
        this.needsService = service != null;
        this.service = service;
        this.note = note;
        this.division = person.division().value();
        this.assessedBy = assessedBy;
        this.recordedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public boolean needsService() {
        return needsService;
    }

    public ServiceKind service() {
        return service;
    }

    public String note() {
        return note;
    }

    public String assessedBy() {
        return assessedBy;
    }
}
