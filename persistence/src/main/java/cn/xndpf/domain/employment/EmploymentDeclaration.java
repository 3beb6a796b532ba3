package cn.xndpf.domain.employment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An employer's annual declaration (年审申报) for a year that is over: its staff count (在职职工人数), total wages
 * (工资总额) and the disabled employees it declares, then the verification's recognised count.
 */
@Entity
@Table(name = "employment_declaration")
public class EmploymentDeclaration {

    /** How a declaration arrived. */
    public enum Channel { SCREEN, PARTNER, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Column(name = "declared_year", nullable = false)
    private int year;

    @Column(name = "staff_count", nullable = false)
    private int staffCount;

    @Column(name = "total_wages", nullable = false, precision = 16, scale = 2)
    private BigDecimal totalWages;

    @Column(name = "channel", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Channel channel;

    @Column(name = "declared_by", nullable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "recognised_count")
    private Integer recognisedCount;

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<DeclaredEmployee> employees = new ArrayList<>();

    @Version
    private int version;

    protected EmploymentDeclaration() {
    }

    public EmploymentDeclaration(Employer employer, int year, int staffCount, BigDecimal totalWages, Channel channel,
                                 String declaredBy, Instant declaredAt) {
        this.employer = employer;
        this.year = year;
        this.staffCount = staffCount;
        this.totalWages = totalWages;
        this.channel = channel;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public DeclaredEmployee add(DeclaredEmployee.Declared d) {
        DeclaredEmployee e = new DeclaredEmployee(this, d);
        employees.add(e);
        return e;
    }

    /** Records the verification: the count follows from the employees' outcomes. */
    public void verified(String by, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
        recount();
    }

    /** The recognised count again, after a double declaration was decided. */
    public void recount() {
        this.recognisedCount = employees.stream().mapToInt(DeclaredEmployee::counted).sum();
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Long id() {
        return id;
    }

    public Employer employer() {
        return employer;
    }

    public int year() {
        return year;
    }

    public int staffCount() {
        return staffCount;
    }

    public BigDecimal totalWages() {
        return totalWages;
    }

    public Channel channel() {
        return channel;
    }

    public String declaredBy() {
        return declaredBy;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Integer recognisedCount() {
        return recognisedCount;
    }

    public List<DeclaredEmployee> employees() {
        return Collections.unmodifiableList(employees);
    }

    public int version() {
        return version;
    }
}
