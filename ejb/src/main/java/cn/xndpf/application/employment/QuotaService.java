package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.DeclaredEmployee;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentDeclaration;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.employment.QuotaRules;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quota employment (按比例就业): employers (用人单位) registered in a jurisdiction, their declaration of a year that is
 * over, and its verification (年审) against the registry and the dated rules ({@link QuotaRules}, read on the
 * declared year's last day). The same person declared by two employers for a year counts for neither
 * ({@link VerificationOutcome#DUPLICATE}) until staff whose jurisdiction holds both employers decide. District
 * and city staff, their jurisdiction only; every change audited; every refusal changes and audits nothing.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF, Roles.BATCH})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class QuotaService {

    /** Audit log entity types. */
    public static final String EMPLOYER = "Employer";
    public static final String DECLARATION = "EmploymentDeclaration";

    private static final int MAX_LIST = 500;
    private static final int MAX_EMPLOYEES = 10_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    @Inject
    private EmploymentRepository employment;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private PersonRepository people;

    @Inject
    private PolicySettingRepository settings;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public EmployerView register(EmployerForm f) {
        StaffUser me = currentStaff.require();
        CreditCode code = CreditCode.of(f.creditCode());
        DivisionCode division = f.divisionCode() == null || f.divisionCode().isBlank() ? null
                : DivisionCode.of(f.divisionCode().trim());
        Employer employer = new Employer(code, f.name(), division, f.kind(), f.taxOffice());
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        if (employment.employer(code).isPresent()) {
            throw new InvalidValueException(CreditCode.FIELD, "employment.employerExists");
        }
        employment.store(employer);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("creditCode", code.value());
        after.put("name", employer.name());
        after.put("division", division.value());
        after.put("kind", employer.kind().name());
        after.put("taxOffice", employer.taxOffice());
        audit.record(me.username(), AuditAction.CREATE, EMPLOYER, employer.id(), division.value(),
                "登记用人单位 employer registered", null, after);
        return EmployerView.of(employer);
    }

    /** The employers of the caller's jurisdiction, by division and name. */
    public List<EmployerView> employers() {
        return employment.employersWithin(currentStaff.require().jurisdiction(), MAX_LIST).stream()
                .map(EmployerView::of).toList();
    }

    /** One employer of the caller's jurisdiction; another's looks unknown. */
    public EmployerView employer(long id) {
        return EmployerView.of(visible(currentStaff.require(), id));
    }

    /**
     * Takes an employer's declaration of a year that is over; once per employer and year. Every employee starts
     * {@link VerificationOutcome#PENDING} until {@link #verify}.
     */
    public DeclarationView declare(DeclarationForm f) {
        StaffUser me = currentStaff.require();
        Employer employer = visible(me, f.employerId());
        EmploymentDeclaration d = take(employment, employer, f, EmploymentDeclaration.Channel.SCREEN, me.username());
        audit.record(me.username(), AuditAction.CREATE, DECLARATION, d.id(), employer.division().value(),
                "用人单位年审申报 quota declaration " + f.year(), null, snapshot(d));
        return DeclarationView.of(d);
    }

    /**
     * Takes a declaration read from an Excel workbook ({@link DeclarationImportService}): the employer named by its
     * credit code, in the caller's jurisdiction (another division's is answered like an unknown one), then exactly
     * the rules of {@link #declare}; channel IMPORT, audited like a declaration on the screen.
     */
    public DeclarationView importDeclaration(String creditCode, DeclarationForm f) {
        StaffUser me = currentStaff.require();
        CreditCode code = CreditCode.of(creditCode);
        Employer employer = employment.employer(code).filter(e -> me.jurisdiction().contains(e.division()))
                .orElseThrow(() -> new InvalidValueException(CreditCode.FIELD, "employment.employerNotFound"));
        EmploymentDeclaration d = take(employment, employer, new DeclarationForm(employer.id(), f.year(),
                f.staffCount(), f.totalWages(), f.employees()), EmploymentDeclaration.Channel.IMPORT, me.username());
        audit.record(me.username(), AuditAction.CREATE, DECLARATION, d.id(), employer.division().value(),
                "用人单位年审申报（Excel导入） quota declaration imported " + f.year(), null, snapshot(d));
        return DeclarationView.of(d);
    }

    /**
     * Checks a declaration of {@code employer} against the rules every channel shares (a year that is over, once
     * per employer and year, the staff count, the wages, each employee's numbers and contract) and stores it; a
     * refusal stores nothing. The caller audits.
     */
    static EmploymentDeclaration take(EmploymentRepository employment, Employer employer, DeclarationForm f,
                                      EmploymentDeclaration.Channel channel, String by) {
        int thisYear = PlatformClock.today().getYear();
        if (f.year() < 2000 || f.year() >= thisYear) {
            throw new InvalidValueException("year", "employment.yearOutOfRange", thisYear);
        }
        if (f.staffCount() == null || f.staffCount() < 1 || f.staffCount() > 1_000_000) {
            throw new InvalidValueException("staffCount", "employment.staffCount");
        }
        if (f.totalWages() == null || f.totalWages().signum() < 0 || f.totalWages().scale() > 2
                || f.totalWages().compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidValueException("totalWages", "employment.totalWages");
        }
        List<DeclarationForm.Employee> listed = f.employees() == null ? List.of() : f.employees();
        if (listed.size() > MAX_EMPLOYEES) {
            throw new InvalidValueException("employees", "employment.staffCount");
        }
        if (employment.declaration(employer.id(), f.year()).isPresent()) {
            throw new InvalidValueException("year", "employment.declared");
        }
        EmploymentDeclaration d = new EmploymentDeclaration(employer, f.year(), f.staffCount(), f.totalWages(),
                channel, by, Instant.now());
        Set<IdNumber> seen = new HashSet<>();
        for (DeclarationForm.Employee e : listed) {
            DeclaredEmployee.Declared declared = declared(e);
            if (!seen.add(declared.idNumber())) {
                throw new InvalidValueException("idNumber", "employment.sameEmployeeTwice");
            }
            d.add(declared);
        }
        employment.store(d);
        return d;
    }

    /** The audit snapshot of a declaration just taken: the employees' ID numbers masked. */
    static Map<String, Object> snapshot(EmploymentDeclaration d) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("employer", d.employer().creditCode().value());
        after.put("year", d.year());
        after.put("staffCount", d.staffCount());
        after.put("totalWages", d.totalWages().toPlainString());
        after.put("employees", d.employees().stream().map(x -> x.idNumber().masked()).toList());
        return after;
    }

    /** An employer's declaration of a year, with each employee's outcome. */
    public Optional<DeclarationView> declaration(long employerId, int year) {
        Employer employer = visible(currentStaff.require(), employerId);
        return employment.declaration(employer.id(), year).map(DeclarationView::of);
    }

    /**
     * Verifies every declared employee on the year's last day against the registry and the rules in force that
     * day; finds the same person declared by another employer for the year (both then wait for a decision). May
     * be repeated until the fund of the year is computed (the registry may have changed), audited each time with
     * the recognised count before and after.
     */
    public DeclarationView verify(long employerId, int year) {
        StaffUser me = currentStaff.require();
        Employer employer = visible(me, employerId);
        EmploymentDeclaration d = employment.declaration(employer.id(), year)
                .orElseThrow(() -> new InvalidValueException("year", "employment.notDeclared"));
        if (employment.fund(employer.id(), year).isPresent()) {
            throw new InvalidValueException("year", "employment.fundComputed");
        }
        Integer before = d.recognisedCount();
        LocalDate day = LocalDate.of(year, 12, 31);
        QuotaRules.Policy policy = policy(day);
        // another employer's declarations this verification marks, with what each counted before and whom
        Map<EmploymentDeclaration, Integer> othersBefore = new LinkedHashMap<>();
        Map<EmploymentDeclaration, List<String>> othersMarked = new LinkedHashMap<>();
        for (DeclaredEmployee e : d.employees()) {
            List<DeclaredEmployee> others = employment.declaredInYear(e.idNumber().value(), year).stream()
                    .filter(o -> !o.declaration().id().equals(d.id()))
                    .filter(o -> !"employment.duplicateResolvedElsewhere".equals(firstReason(o)))
                    .toList();
            if (!others.isEmpty() && !"employment.duplicateResolvedElsewhere".equals(firstReason(e))) {
                e.duplicate();
                for (DeclaredEmployee o : others) {
                    if (o.outcome() != VerificationOutcome.DUPLICATE) {
                        othersBefore.putIfAbsent(o.declaration(), o.declaration().recognisedCount());
                        othersMarked.computeIfAbsent(o.declaration(), x -> new ArrayList<>())
                                .add(o.idNumber().masked());
                    }
                    o.duplicate();
                    if (o.declaration().isVerified()) {
                        o.declaration().recount();
                    }
                }
            } else if (!"employment.duplicateResolvedElsewhere".equals(firstReason(e))) {
                e.judged(QuotaRules.verify(facts(e, day), policy));
            }
        }
        d.verified(me.username(), Instant.now());
        audit.record(me.username(), AuditAction.UPDATE, DECLARATION, d.id(), employer.division().value(),
                "按比例就业年审 quota verification " + year, before == null ? null : Map.of("recognised", before),
                Map.of("recognised", d.recognisedCount()));
        // the other employer's declaration changed too (its employee no longer counts): it gets its own entry,
        // under its own division, so its history explains why its recognised count fell
        for (Map.Entry<EmploymentDeclaration, List<String>> o : othersMarked.entrySet()) {
            EmploymentDeclaration other = o.getKey();
            Integer otherBefore = othersBefore.get(other);
            Map<String, Object> otherAfter = new LinkedHashMap<>();
            otherAfter.put("duplicateOf", employer.creditCode().value());
            otherAfter.put("employees", o.getValue());
            otherAfter.put("recognised", other.recognisedCount());
            audit.record(me.username(), AuditAction.UPDATE, DECLARATION, other.id(),
                    other.employer().division().value(), "重复申报 double declaration found by the verification of "
                            + employer.creditCode() + " " + year,
                    otherBefore == null ? null : Map.of("recognised", otherBefore), otherAfter);
        }
        return DeclarationView.of(d);
    }

    /**
     * Decides a double declaration (重复申报核定) for the employer of {@code declaredEmployeeId}: that one is judged
     * by the rules, every other declaration of the person that year counts no more. Only staff whose jurisdiction
     * holds every employer concerned (the city, when they are in two districts).
     */
    public DeclarationView resolveDuplicate(long declaredEmployeeId) {
        StaffUser me = currentStaff.require();
        DeclaredEmployee chosen = employment.declaredEmployee(declaredEmployeeId)
                .filter(e -> me.jurisdiction().contains(e.declaration().employer().division()))
                .orElseThrow(() -> new InvalidValueException("declaredEmployee", "employment.notDuplicate"));
        if (chosen.outcome() != VerificationOutcome.DUPLICATE) {
            throw new InvalidValueException("declaredEmployee", "employment.notDuplicate");
        }
        List<DeclaredEmployee> all = employment.declaredInYear(chosen.idNumber().value(), chosen.year());
        for (DeclaredEmployee e : all) {
            if (!me.jurisdiction().contains(e.declaration().employer().division())) {
                throw new AccessDeniedException("declaredEmployee");
            }
            if (employment.fund(e.declaration().employer().id(), e.year()).isPresent()) {
                throw new InvalidValueException("year", "employment.fundComputed");
            }
        }
        LocalDate day = LocalDate.of(chosen.year(), 12, 31);
        chosen.judged(QuotaRules.verify(facts(chosen, day), policy(day)));
        for (DeclaredEmployee e : all) {
            if (e != chosen) {
                e.resolvedElsewhere();
            }
            if (e.declaration().isVerified()) {
                e.declaration().recount();
            }
        }
        Employer employer = chosen.declaration().employer();
        audit.record(me.username(), AuditAction.UPDATE, DECLARATION, chosen.declaration().id(),
                employer.division().value(), "重复申报核定 double declaration decided for " + employer.creditCode()
                        + ": " + chosen.idNumber().masked(),
                null, Map.of("decidedFor", employer.creditCode().value(), "outcome", chosen.outcome().name(),
                        "others", all.size() - 1));
        return DeclarationView.of(chosen.declaration());
    }

    private static String firstReason(DeclaredEmployee e) {
        return e.reasons().isEmpty() ? null : e.reasons().get(0).key();
    }

    private QuotaRules.Facts facts(DeclaredEmployee e, LocalDate day) {
        Optional<Person> person = people.findByIdNumber(e.idNumber());
        Certificate valid = person.flatMap(p -> people.certificatesOf(p).stream()
                .filter(c -> !c.issuedOn().isAfter(day))
                .filter(c -> c.cancelledOn() == null ? c.isValid() : c.cancelledOn().isAfter(day))
                .findFirst()).orElse(null);
        boolean alive = person.map(p -> p.deathDate() == null || p.deathDate().isAfter(day)).orElse(false);
        return new QuotaRules.Facts(e.idNumber(), person.isPresent(), alive, valid == null ? null : valid.level(),
                e.contractFrom(), e.contractTo(), e.insuranceMonths(), e.monthlyWage(), day);
    }

    QuotaRules.Policy policy(LocalDate day) {
        return new QuotaRules.Policy(integer(QuotaRules.MIN_AGE, day), integer(QuotaRules.MAX_AGE_PREFIX + "MALE", day),
                integer(QuotaRules.MAX_AGE_PREFIX + "FEMALE", day), integer(QuotaRules.MIN_CONTRACT_MONTHS, day),
                integer(QuotaRules.MIN_INSURANCE_MONTHS, day), new BigDecimal(setting(QuotaRules.MINIMUM_WAGE, day)));
    }

    private int integer(String key, LocalDate day) {
        return Integer.parseInt(setting(key, day));
    }

    private String setting(String key, LocalDate day) {
        return settings.valueOn(key, day)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    /** One declared employee's own numbers checked, as every channel takes them; the import checks each row so. */
    static DeclaredEmployee.Declared declared(DeclarationForm.Employee e) {
        IdNumber id = IdNumber.of(e.idNumber());
        CertificateNumber certificate = CertificateNumber.of(e.certificateNumber());
        if (!certificate.idNumber().equals(id)) {
            throw new InvalidValueException(CertificateNumber.FIELD, "employment.certificateNotTheEmployees");
        }
        if (e.contractFrom() == null) {
            throw new InvalidValueException("contractFrom", "employment.employeeFieldRequired", "劳动合同起始日期");
        }
        if (e.contractTo() != null && e.contractTo().isBefore(e.contractFrom())) {
            throw new InvalidValueException("contractTo", "employment.contractEndsBeforeStart");
        }
        if (e.insuranceMonths() == null || e.insuranceMonths() < 0 || e.insuranceMonths() > 12) {
            throw new InvalidValueException("insuranceMonths", "employment.insuranceMonthsRange");
        }
        if (e.monthlyWage() == null || e.monthlyWage().signum() < 0 || e.monthlyWage().scale() > 2
                || e.monthlyWage().compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new InvalidValueException("monthlyWage", "employment.monthlyWage");
        }
        return new DeclaredEmployee.Declared(id, certificate.value(), certificate.level().code(), e.contractFrom(),
                e.contractTo(), e.insuranceMonths(), e.monthlyWage());
    }

    private Employer visible(StaffUser me, long id) {
        return employment.employer(id).filter(e -> me.jurisdiction().contains(e.division()))
                .orElseThrow(() -> new InvalidValueException("employer", "employment.employerNotFound"));
    }
}
