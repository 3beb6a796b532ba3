package cn.xndpf.domain.security;

import cn.xndpf.domain.division.DivisionCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integration partner system (合作方系统): civil affairs, a bank, the provincial platform. It has its
 * own secret, a set of scopes that say which services its purpose needs, and the divisions it serves
 * (a bank pays the rolls of those divisions only).
 */
@Entity
@Table(name = "partner")
public class Partner {

    /** Scope of the certificate verification service. */
    public static final String SCOPE_CERTIFICATE_VERIFICATION = "certificate-verification";
    /** Scope of the banks' payment files and bank returns of the subsidy payment rolls (补贴代发). */
    public static final String SCOPE_BANK_PAYMENT = "bank-payment";
    /** Scope of civil affairs' reports: household assistance status changes and death records (民政推送). */
    public static final String SCOPE_CIVIL_AFFAIRS = "civil-affairs";
    /** Scope of the subsidy status query (两项补贴享受情况查询). */
    public static final String SCOPE_SUBSIDY_STATUS = "subsidy-status";
    /** Scope of the periodic statistics export (the provincial platform). */
    public static final String SCOPE_STATISTICS = "statistics-export";
    /**
     * Scope of an institution's system reporting its real-name service records (机构实名制服务上报); such a
     * partner is bound to its institution and sees only that institution's people.
     */
    public static final String SCOPE_INSTITUTION_SERVICES = "institution-services";
    /**
     * Scope of the education bureau reporting children's enrolment (教育部门入学信息), for the divisions it
     * serves ({@code partner_division}).
     */
    public static final String SCOPE_EDUCATION_ENROLMENT = "education-enrolment";
    /**
     * Scope of the tax office collecting the employment security fund (税务部门征收残疾人就业保障金): it reads the
     * verified funds and reports what it collected, for the divisions it serves ({@code partner_division}).
     */
    public static final String SCOPE_SECURITY_FUND = "security-fund";
    /**
     * Scope of the human-resources and social-security partner sending employers' annual quota declarations
     * (人社部门报送按比例就业年审申报), for the employers of the divisions it serves ({@code partner_division}).
     */
    public static final String SCOPE_EMPLOYMENT_DECLARATION = "employment-declaration";
    /**
     * Scope of the human-resources and social-security partner reading the yearly pension contribution list of
     * disabled people and answering who is insured (养老保险代缴名单及参保反馈), for the divisions it serves.
     */
    public static final String SCOPE_SOCIAL_SECURITY = "social-security";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "scopes", nullable = false)
    private String scopes;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** Codes of the divisions served (合作方服务辖区), each with the divisions under it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_division", joinColumns = @JoinColumn(name = "partner_code"))
    @Column(name = "division_code")
    private Set<String> divisions = new HashSet<>();

    /** The institution a partner of scope {@link #SCOPE_INSTITUTION_SERVICES} reports for; null otherwise. */
    @Column(name = "institution_id")
    private Long institutionId;

    protected Partner() {
    }

    public Partner(String code, String name, String secretHash, Set<String> scopes) {
        this(code, name, secretHash, scopes, Set.of());
    }

    public Partner(String code, String name, String secretHash, Set<String> scopes, Set<DivisionCode> divisions) {
        this.code = code;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = String.join(",", scopes);
        this.active = true;
        divisions.forEach(d -> this.divisions.add(d.value()));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String secretHash() {
        return secretHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> scopes() {
        return Arrays.stream(scopes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    public Long institutionId() {
        return institutionId;
    }

    /** Binds an institution's system to its institution. */
    public void reportFor(long institution) {
        this.institutionId = institution;
    }

    public boolean mayUse(String scope) {
        return active && scopes().contains(scope);
    }

    /** The divisions served, each with the divisions under it. */
    public Set<DivisionCode> divisions() {
        return divisions.stream().map(DivisionCode::of).collect(Collectors.toSet());
    }

    /** Whether the partner is active and serves this division (one of its divisions contains it). */
    public boolean serves(DivisionCode division) {
        return active && divisions().stream().anyMatch(d -> d.contains(division));
    }
}
