package cn.xndpf.domain.institution;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A service provider (服务机构) in the registry: its kind, the qualification it holds (资质, the licence or
 * designation document), the services it offers, its places (床位/名额), its division (which places it in
 * a jurisdiction) and the days its qualification is in force. Its data rules are checked here, on
 * creation and on every revision, whatever service calls it.
 */
@Entity
@Table(name = "institution")
public class Institution {

    public static final int MAX_CAPACITY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private InstitutionKind kind;

    @Column(name = "qualification", nullable = false)
    private String qualification;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_service", joinColumns = @JoinColumn(name = "institution_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind", nullable = false)
    private Set<ServiceKind> services = new HashSet<>();

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Embedded
    private DatedPeriod validity;

    @Version
    private int version;

    protected Institution() {
    }

    public Institution(String name, InstitutionKind kind, String qualification, Set<ServiceKind> services,
                       Integer capacity, DivisionCode division, DatedPeriod validity) {
        revise(name, kind, qualification, services, capacity, division, validity);
    }

    /** Replaces every registered fact at once, after checking them all as on creation. */
    public final void revise(String name, InstitutionKind kind, String qualification, Set<ServiceKind> services,
                             Integer capacity, DivisionCode division, DatedPeriod validity) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidValueException("name", "institution.nameRequired");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "institution.kindRequired");
        }
        String q = qualification == null ? "" : qualification.trim();
        if (q.isEmpty() || q.length() > 100) {
            throw new InvalidValueException("qualification", "institution.qualificationRequired");
        }
        if (services == null || services.isEmpty()) {
            throw new InvalidValueException("services", "institution.servicesRequired");
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidValueException("capacity", "institution.capacityRange", MAX_CAPACITY);
        }
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "institution.divisionRequired");
        }
        if (validity == null) {
            throw new InvalidValueException("validFrom", "date.required");
        }
        this.name = n;
        this.kind = kind;
        this.qualification = q;
        this.services.clear();
        this.services.addAll(services);
        this.capacity = capacity;
        this.division = division;
        this.validity = validity;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public InstitutionKind kind() {
        return kind;
    }

    public String qualification() {
        return qualification;
    }

    public Set<ServiceKind> services() {
        return Collections.unmodifiableSet(services.isEmpty() ? services : EnumSet.copyOf(services));
    }

    public boolean offers(ServiceKind service) {
        return services.contains(service);
    }

    public int capacity() {
        return capacity;
    }

    public DivisionCode division() {
        return division;
    }

    public DatedPeriod validity() {
        return validity;
    }

    /** Qualified on that day: a service delivered outside the validity is not the federation's to pay. */
    public boolean isInForceOn(LocalDate day) {
        return validity.isInForceOn(day);
    }

    public int version() {
        return version;
    }
}
