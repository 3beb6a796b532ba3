package cn.xndpf.domain.institution;

import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.DatedPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

import java.time.LocalDate;

/**
 * A person assigned to an institution for a service over dates (入住/服务对象): what entitles the
 * institution to record that service for that person. A program's case makes it when it places the person
 * (a care case enrolled with a 阳光家园), and names itself so the enrolment can be traced back.
 */
@Entity
@Table(name = "institution_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false)
    private ServiceKind service;

    @Embedded
    private DatedPeriod period;

    /** The case that placed the person, when a program's case did. */
    @Column(name = "case_id")
    private Long caseId;

    protected Enrolment() {
    }

    public Enrolment(Person person, Institution institution, ServiceKind service, DatedPeriod period, Long caseId) {
        this.person = person;
        this.institution = institution;
        this.service = service;
        this.period = period;
        this.caseId = caseId;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Institution institution() {
        return institution;
    }

    public ServiceKind service() {
        return service;
    }

    public DatedPeriod period() {
        return period;
    }

    public Long caseId() {
        return caseId;
    }

    public boolean covers(ServiceKind kind, LocalDate day) {
        return service == kind && period.isInForceOn(day);
    }

    /** Ends the enrolment on its last day (the person left, the case ended). */
    public void endOn(LocalDate lastDay) {
        this.period = period.endingOn(lastDay);
    }
}
