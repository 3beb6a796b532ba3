package cn.xndpf.domain.education;

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

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a disabled child's plan (一人一案): the placement decided, the school, and when the plan is
 * reviewed next. A review is a new version from its day; the version it replaces ends the day before and is
 * kept, so the plan's history is the list of its versions.
 */
@Entity
@Table(name = "education_plan")
public class EducationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person child;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement", nullable = false, updatable = false)
    private Placement placement;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "school_name", nullable = false, updatable = false)
    private String schoolName;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "review_due", nullable = false, updatable = false)
    private LocalDate reviewDue;

    @Column(name = "note", updatable = false)
    private String note;

    // Text, so that jurisdiction queries can match a code prefix with LIKE.
    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Embedded
    private DatedPeriod period;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected EducationPlan() {
    }

    /**
     * The next version of {@code child}'s plan after {@code previous} (null for the first), in force from
     * {@code decidedOn}; ends {@code previous} the day before.
     */
    public static EducationPlan decide(EducationPlan previous, Person child, Placement placement, Long institutionId,
                                       String schoolName, SchoolYear schoolYear, LocalDate decidedOn,
                                       LocalDate reviewDue, String note, String actor) {
        EducationPlan p = new EducationPlan();
        p.child = child;
        p.versionNumber = previous == null ? 1 : previous.versionNumber + 1;
        p.placement = placement;
        p.institutionId = institutionId;
        p.schoolName = schoolName;
        p.schoolYear = schoolYear.startYear();
        p.decidedOn = decidedOn;
        p.reviewDue = reviewDue;
        p.note = note;
        p.division = child.division().value();
        p.period = DatedPeriod.from(decidedOn);
        p.recordedBy = actor;
        p.recordedAt = Instant.now();
        if (previous != null) {
            previous.period = previous.period.endingOn(decidedOn.minusDays(1));
        }
        return p;
    }

    public Long id() {
        return id;
    }

    public Person child() {
        return child;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Placement placement() {
        return placement;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String schoolName() {
        return schoolName;
    }

    public SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    public String note() {
        return note;
    }

    public DatedPeriod period() {
        return period;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
