package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An employer (用人单位), the subject of quota employment and the security fund: its unified social credit code,
 * name, division (which places it in a jurisdiction), kind and the tax office that collects its fund.
 */
@Entity
@Table(name = "employer")
public class Employer {

    public static final int MAX_NAME = 200;
    public static final int MAX_TAX_OFFICE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "credit_code", nullable = false, updatable = false)
    private CreditCode creditCode;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EmployerKind kind;

    @Column(name = "tax_office", nullable = false)
    private String taxOffice;

    @Version
    private int version;

    protected Employer() {
    }

    public Employer(CreditCode creditCode, String name, DivisionCode division, EmployerKind kind, String taxOffice) {
        if (creditCode == null) {
            throw new InvalidValueException(CreditCode.FIELD, "creditCode.required");
        }
        this.creditCode = creditCode;
        this.name = text(name, "name", "employment.nameRequired", MAX_NAME);
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", "");
        }
        this.division = division;
        if (kind == null) {
            throw new InvalidValueException("kind", "employment.kindRequired");
        }
        this.kind = kind;
        this.taxOffice = text(taxOffice, "taxOffice", "employment.taxOfficeRequired", MAX_TAX_OFFICE);
    }

    private static String text(String raw, String field, String key, int max) {
        if (raw == null || raw.isBlank() || raw.trim().length() > max) {
            throw new InvalidValueException(field, key);
        }
        return raw.trim();
    }

    public Long id() {
        return id;
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public String name() {
        return name;
    }

    public DivisionCode division() {
        return division;
    }

    public EmployerKind kind() {
        return kind;
    }

    public String taxOffice() {
        return taxOffice;
    }

    public int version() {
        return version;
    }
}
