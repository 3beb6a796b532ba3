package cn.xndpf.domain.education;

import cn.xndpf.domain.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What the education bureau reports about one registered child for one school year (教育部门入学信息):
 * enrolled or not, and where. A later report of the same year replaces it; the audit log keeps the earlier.
 */
@Entity
@Table(name = "education_enrolment_report")
public class EnrolmentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person child;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(name = "enrolled", nullable = false)
    private boolean enrolled;

    @Column(name = "school_name")
    private String schoolName;

    @Column(name = "division_code", nullable = false)
    private String division;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Version
    private int version;

    protected EnrolmentReport() {
    }

    public EnrolmentReport(Person child, SchoolYear schoolYear, boolean enrolled, String schoolName, String reportedBy) {
        this.child = child;
        this.schoolYear = schoolYear.startYear();
        replace(enrolled, schoolName, reportedBy);
    }

    /** A later report of the same child and year. */
    public final void replace(boolean enrolled, String schoolName, String reportedBy) {
        this.enrolled = enrolled;
        this.schoolName = schoolName;
        this.division = child.division().value();
        this.reportedBy = reportedBy;
        this.reportedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Person child() {
        return child;
    }

    public SchoolYear schoolYear() {
        return new SchoolYear(schoolYear);
    }

    public boolean enrolled() {
        return enrolled;
    }

    public String schoolName() {
        return schoolName;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
