package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A job fair (招聘会, 就业援助专场): its day (not in the future), place, the division that held it and organiser; the
 * registry's employers that took part (at least one), the registered people who came looking for work (each once)
 * plus how many others, and the jobs offered (岗位数).
 */
@Entity
@Table(name = "job_fair")
public class JobFair {

    public static final int MAX_COUNT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place", nullable = false)
    private String place;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "organiser", nullable = false)
    private String organiser;

    @Column(name = "jobs_offered", nullable = false)
    private int jobsOffered;

    @Column(name = "other_seekers", nullable = false)
    private int otherSeekers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_fair_employer", joinColumns = @JoinColumn(name = "fair_id"))
    @Column(name = "employer_id", nullable = false)
    private Set<Long> employers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_fair_seeker", joinColumns = @JoinColumn(name = "fair_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> seekers = new HashSet<>();

    @Version
    private int version;

    protected JobFair() {
    }

    public JobFair(LocalDate heldOn, String place, DivisionCode division, String organiser, Set<Long> employers,
                   Set<Long> seekers, Integer otherSeekers, Integer jobsOffered, LocalDate today) {
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", "date.required");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidValueException("heldOn", "date.future");
        }
        this.place = Texts.required("place", place, 200, "fair.placeRequired");
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "fair.divisionRequired");
        }
        this.organiser = Texts.required("organiser", organiser, 100, "fair.organiserRequired");
        if (employers == null || employers.isEmpty()) {
            throw new InvalidValueException("employers", "fair.noEmployer");
        }
        int others = otherSeekers == null ? 0 : otherSeekers;
        if (others < 0 || others > MAX_COUNT) {
            throw new InvalidValueException("otherSeekers", "fair.countRange", MAX_COUNT);
        }
        if (jobsOffered == null || jobsOffered < 0 || jobsOffered > MAX_COUNT) {
            throw new InvalidValueException("jobsOffered", "fair.countRange", MAX_COUNT);
        }
        this.heldOn = heldOn;
        this.division = division;
        this.otherSeekers = others;
        this.jobsOffered = jobsOffered;
        this.employers.addAll(employers);
        if (seekers != null) {
            this.seekers.addAll(seekers);
        }
    }

    /** Everybody who came looking for work: the registered people and the others counted. */
    public int seekerCount() {
        return seekers.size() + otherSeekers;
    }

    public Long id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public DivisionCode division() {
        return division;
    }

    public String organiser() {
        return organiser;
    }

    public int jobsOffered() {
        return jobsOffered;
    }

    public int otherSeekers() {
        return otherSeekers;
    }

    public Set<Long> employers() {
        return Collections.unmodifiableSet(employers);
    }

    public Set<Long> seekers() {
        return Collections.unmodifiableSet(seekers);
    }

    public int version() {
        return version;
    }
}
