package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PersonalDataMasks;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.OverlappingBenefit;
import cn.xndpf.domain.subsidy.OverlappingBenefitType;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyRepository;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two subsidies (两项补贴): eligibility as the form is filled, applications entering the shared
 * workflow, the rates in force, overlapping benefits, and the eligibility re-check of running cases.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class SubsidyService {

    private static final Pattern ACCOUNT = Pattern.compile("^[0-9]{12,30}$");
    /** The roles that may take an application ({@link #apply}), also when an import job takes it for them. */
    private static final java.util.Set<String> APPLYING_ROLES = java.util.Set.of(Roles.COMMUNITY_WORKER,
            Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF);

    @Inject
    private PersonRepository people;

    @Inject
    private SubsidyRepository subsidies;

    @Inject
    private CaseRepository cases;

    @EJB
    private CaseWorkflowService workflow;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private cn.xndpf.domain.security.StaffUserRepository staffUsers;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Eligibility of a person (by ID number, in the caller's jurisdiction) for a subsidy today. */
    public EligibilityResult check(String idNumber, SubsidyType type) {
        StaffUser me = currentStaff.require();
        Person p = visiblePerson(me, IdNumber.of(idNumber), single);
        return withOpenCaseCheck(p, type, assess(p, type, p.division().county(), PlatformClock.today(), single),
                single);
    }

    /**
     * Takes an application and opens its case through the workflow, which sends it to the first review
     * stage; refused, with every reason, if ineligible.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long apply(SubsidyApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = checkForm(me, form, today);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        Person p = checked.person();
        String account = accountOf(form);
        LocalDate appliedOn = form.appliedOn() == null ? today : form.appliedOn();
        Certificate c = people.validCertificateOf(p).orElseThrow();
        Program program = cases.program(form.type().programCode())
                .orElseThrow(() -> new NotFoundException("type", "program.unknown"));
        SubsidyCase sc = new SubsidyCase(program, form.type(), p, c.level(), form.bankName().trim(), account,
                appliedOn, me.username());
        return workflow.startCase(sc, "申请" + form.type().chineseName(),
                Map.of("person", p.id(), "type", form.type().name(), "bankAccount", account));
    }

    /** One application of a bulk import; {@code sheetFaulty} when the sheet itself already refused the row. */
    public record ImportedForm(SubsidyApplication form, boolean sheetFaulty) {
    }

    /** What became of an imported form: the case opened, or every reason it was refused (then caseId is null). */
    public record FormOutcome(Long caseId, List<InvalidValueException> problems) {
    }

    /**
     * Takes a chunk of a bulk import (批量导入) on behalf of the staff member who uploaded it: each form is judged
     * by exactly the rules of {@link #apply} as that user (active, a role that takes applications, their
     * jurisdiction), and the good ones are opened as {@code apply} opens one (its review chain, timeline and audit
     * entry, the audit naming {@code audited}'s import run as well), stored together in the caller's transaction.
     * Every form is checked before any case is stored, so a chunk costs its checks plus one flush; the open-case
     * rule also covers a person and subsidy taken earlier in the same chunk. For the import job only.
     */
    @RolesAllowed(Roles.BATCH)
    public List<FormOutcome> applyAllFor(String username, List<ImportedForm> forms, Map<String, Object> audited) {
        StaffUser me = staffUsers.find(username == null ? "" : username).filter(StaffUser::isActive)
                .filter(u -> !u.mustChangePassword() && APPLYING_ROLES.contains(u.role().name()))
                .orElseThrow(() -> new cn.xndpf.domain.shared.AccessDeniedException("user"));
        LocalDate today = PlatformClock.today();
        List<FormOutcome> outcomes = new java.util.ArrayList<>();
        List<CaseWorkflowService.NewCase> drafts = new java.util.ArrayList<>();
        List<Integer> draftIndex = new java.util.ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        Map<SubsidyType, Program> programs = new java.util.EnumMap<>(SubsidyType.class);
        Facts facts = new ChunkFacts(forms.stream().map(ImportedForm::form).toList());
        for (ImportedForm f : forms) {
            SubsidyApplication form = f.form();
            Checked checked = checkForm(me, form, today, facts);
            List<InvalidValueException> problems = new java.util.ArrayList<>(checked.problems());
            if (problems.isEmpty() && !taken.add(checked.person().id() + "#" + form.type())) {
                // the open-case rule, for a case this chunk opens and has not stored yet
                problems.add(new InvalidValueException("type", "eligibility.alreadyHolds"));
            }
            if (!problems.isEmpty() || f.sheetFaulty()) {
                outcomes.add(new FormOutcome(null, List.copyOf(problems)));
                continue;
            }
            Person p = checked.person();
            String account = accountOf(form);
            Certificate c = facts.validCertificate(p).orElseThrow();
            Program program = programs.computeIfAbsent(form.type(), t -> cases.program(t.programCode())
                    .orElseThrow(() -> new NotFoundException("type", "program.unknown")));
            SubsidyCase sc = new SubsidyCase(program, form.type(), p, c.level(), form.bankName().trim(), account,
                    form.appliedOn() == null ? today : form.appliedOn(), me.username());
            Map<String, Object> auditedCase = new java.util.LinkedHashMap<>(audited);
            auditedCase.put("person", p.id());
            auditedCase.put("type", form.type().name());
            auditedCase.put("bankAccount", account);
            drafts.add(new CaseWorkflowService.NewCase(sc, "申请" + form.type().chineseName() + "（批量导入）", auditedCase));
            draftIndex.add(outcomes.size());
            outcomes.add(null);
        }
        List<Long> ids = drafts.isEmpty() ? List.of() : workflow.startCasesFor(me, drafts);
        for (int i = 0; i < ids.size(); i++) {
            outcomes.set(draftIndex.get(i), new FormOutcome(ids.get(i), List.of()));
        }
        return outcomes;
    }

    /**
     * Every reason {@link #apply} would refuse this form, each naming its field, in the order apply meets
     * them (apply throws the first); empty when the application would be taken. Changes nothing, so a
     * screen can show all of them at once and a bulk import can report a whole row.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<InvalidValueException> problems(SubsidyApplication form) {
        return checkForm(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** A subsidy case's own data (type, rate level, payment account masked, this month's amount). */
    public SubsidyCaseDetails details(long caseId) {
        StaffUser me = currentStaff.require();
        SubsidyCase c = cases.find(caseId).filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!me.jurisdiction().contains(c.division())) {
            throw new NotFoundException("case", "case.notFound"); // as for an id nobody uses
        }
        return new SubsidyCaseDetails(c.type(), c.benefitLevel(), c.bankName(), PersonalDataMasks.bankAccount(c.bankAccount()),
                monthlyAmount(c.type(), c.benefitLevel(), PlatformClock.today()).orElse(null));
    }

    /**
     * Re-judges a running case on a day (annual re-check); the area is the district the case belongs to. For
     * the re-check job (the batch runtime's identity) and for staff who run re-checks, within their
     * jurisdiction: a case outside it is answered like one that does not exist.
     */
    @RolesAllowed({Roles.BATCH, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public EligibilityResult recheck(long caseId, LocalDate day) {
        SubsidyCase c = cases.find(caseId).filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!context.isCallerInRole(Roles.BATCH) && !currentStaff.require().jurisdiction().contains(c.division())) {
            throw new NotFoundException("case", "case.notFound");
        }
        return assess(c.person(), c.type(), c.division().county(), day);
    }

    @PermitAll
    public Optional<BigDecimal> monthlyAmount(SubsidyType type, cn.xndpf.domain.person.DisabilityLevel level,
                                              LocalDate month) {
        return new RateTable(subsidies.rates(type)).monthlyAmount(type, level, month);
    }

    /** Records a benefit from elsewhere that rules a subsidy out (e.g. a work-injury nursing allowance). */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void recordOverlappingBenefit(long personId, OverlappingBenefitType type, LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        Person p = people.find(personId).orElseThrow(() -> new NotFoundException("person", "person.notFound"));
        if (!me.jurisdiction().contains(p.division())) {
            throw new NotFoundException("person", "person.notFound"); // as for an id nobody uses
        }
        if (from == null) {
            throw new InvalidValueException("from", "date.required");
        }
        OverlappingBenefit b = new OverlappingBenefit(p, type, from, to, me.username());
        subsidies.store(b);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, "OverlappingBenefit", b.id(), p.division().value(),
                "登记重复待遇 " + type.chineseName(), null, Map.of("person", p.id(), "type", type.name(),
                        "from", from.toString()));
    }

    /**
     * Pays a running case at another disability level from the next roll on (after a re-assessment); checked
     * against the version the caller saw, and a step on the case's timeline.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void changeBenefitLevel(long caseId, int expectedVersion, DisabilityLevel newLevel, String reason) {
        StaffUser me = currentStaff.require();
        SubsidyCase c = cases.find(caseId).filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!me.jurisdiction().contains(c.division())) {
            throw new NotFoundException("case", "case.notFound"); // as for an id nobody uses
        }
        if (c.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        DisabilityLevel old = c.benefitLevel();
        c.changeBenefitLevel(newLevel, me.username(), reason);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(me.username(), AuditAction.UPDATE, "Case", c.id(), c.division().value(),
                "调整补贴等级 " + c.caseNumber(), Map.of("benefitLevel", old.code()),
                Map.of("benefitLevel", newLevel.code(), "reason", reason.trim()));
    }

    EligibilityResult assess(Person p, SubsidyType type, DivisionCode area, LocalDate day) {
        return assess(p, type, area, day, single);
    }

    private EligibilityResult assess(Person p, SubsidyType type, DivisionCode area, LocalDate day, Facts facts) {
        Certificate valid = facts.validCertificate(p).orElse(null);
        List<OverlappingBenefitType> overlaps = facts.overlaps(p).stream()
                .filter(b -> b.isInForceOn(day)).map(OverlappingBenefit::type).toList();
        return EligibilityRules.assess(type, new EligibilityRules.Facts(p, valid,
                p.household() == null ? java.util.Set.of() : p.household().statusesOn(day), overlaps, area,
                facts.setting(EligibilityRules.LIVING_INCLUDES_LOW_INCOME, day),
                facts.setting(EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL, day), day));
    }

    /**
     * Where the rules read their facts: one form's, each when asked ({@link #single}), or a bulk import chunk's,
     * gathered for all its forms in a few queries ({@link ChunkFacts}); the rules are the same either way.
     */
    private interface Facts {
        Optional<Person> person(IdNumber id);

        Optional<Certificate> validCertificate(Person p);

        List<OverlappingBenefit> overlaps(Person p);

        boolean hasOpenCase(Person p, SubsidyType type);

        boolean setting(String key, LocalDate day);
    }

    private final Facts single = new Facts() {
        @Override
        public Optional<Person> person(IdNumber id) {
            return people.findByIdNumber(id);
        }

        @Override
        public Optional<Certificate> validCertificate(Person p) {
            return people.validCertificateOf(p);
        }

        @Override
        public List<OverlappingBenefit> overlaps(Person p) {
            return subsidies.overlappingBenefits(p);
        }

        @Override
        public boolean hasOpenCase(Person p, SubsidyType type) {
            return !subsidies.openCases(p, type).isEmpty();
        }

        @Override
        public boolean setting(String key, LocalDate day) {
            return SubsidyService.this.setting(key, day);
        }
    };

    /** A chunk's facts, read for all its forms at once (at most 1,000 forms: Oracle's IN list). */
    private final class ChunkFacts implements Facts {
        private final Map<String, Person> byNumber = new java.util.HashMap<>();
        private final Map<Long, Certificate> certificates = new java.util.HashMap<>();
        private final Map<Long, List<OverlappingBenefit>> overlaps = new java.util.HashMap<>();
        private final java.util.Set<String> open = new java.util.HashSet<>();
        private final Map<String, Boolean> settingsRead = new java.util.HashMap<>();

        ChunkFacts(List<SubsidyApplication> forms) {
            java.util.Set<IdNumber> numbers = new java.util.LinkedHashSet<>();
            for (SubsidyApplication f : forms) {
                try {
                    numbers.add(IdNumber.of(f.idNumber()));
                } catch (InvalidValueException notANumber) {
                    // checkForm says so for its row
                }
            }
            List<Person> found = people.findByIdNumbers(numbers);
            found.forEach(p -> byNumber.put(p.idNumber().value(), p));
            people.validCertificatesOf(found).forEach(c -> certificates.put(c.holder().id(), c));
            subsidies.overlappingBenefits(found).forEach(b ->
                    overlaps.computeIfAbsent(b.person().id(), k -> new java.util.ArrayList<>()).add(b));
            subsidies.openCases(found).forEach(c -> open.add(c.person().id() + "#" + c.type()));
        }

        @Override
        public Optional<Person> person(IdNumber id) {
            return Optional.ofNullable(byNumber.get(id.value()));
        }

        @Override
        public Optional<Certificate> validCertificate(Person p) {
            return Optional.ofNullable(certificates.get(p.id()));
        }

        @Override
        public List<OverlappingBenefit> overlaps(Person p) {
            return overlaps.getOrDefault(p.id(), List.of());
        }

        @Override
        public boolean hasOpenCase(Person p, SubsidyType type) {
            return open.contains(p.id() + "#" + type);
        }

        @Override
        public boolean setting(String key, LocalDate day) {
            return settingsRead.computeIfAbsent(key + "@" + day, k -> SubsidyService.this.setting(key, day));
        }
    }

    private EligibilityResult withOpenCaseCheck(Person p, SubsidyType type, EligibilityResult r, Facts facts) {
        if (!facts.hasOpenCase(p, type)) {
            return r;
        }
        List<EligibilityResult.Reason> reasons = new java.util.ArrayList<>(r.reasons());
        reasons.add(new EligibilityResult.Reason("eligibility.alreadyHolds", null));
        return new EligibilityResult(type, false, List.copyOf(reasons));
    }

    /** The person an application names (null if none can be found) and everything wrong with the form. */
    private record Checked(Person person, List<InvalidValueException> problems) {
    }

    private Checked checkForm(StaffUser me, SubsidyApplication form, LocalDate today) {
        return checkForm(me, form, today, single);
    }

    private Checked checkForm(StaffUser me, SubsidyApplication form, LocalDate today, Facts facts) {
        List<InvalidValueException> problems = new java.util.ArrayList<>();
        if (form.type() == null) {
            problems.add(new InvalidValueException("type", "subsidy.typeRequired"));
        }
        Person p = null;
        try {
            p = visiblePerson(me, IdNumber.of(form.idNumber()), facts);
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        if (!ACCOUNT.matcher(accountOf(form)).matches()) {
            problems.add(new InvalidValueException("bankAccount", "subsidy.bankAccount"));
        }
        if (form.bankName() == null || form.bankName().isBlank()) {
            problems.add(new InvalidValueException("bankName", "subsidy.bankName"));
        } else if (form.bankName().trim().length() > SubsidyCase.MAX_BANK_NAME) {
            // the form's field stops at this length, a workbook's cell does not: longer, the case could not be stored
            problems.add(new InvalidValueException("bankName", "subsidy.bankNameTooLong", SubsidyCase.MAX_BANK_NAME));
        }
        if (form.appliedOn() != null && form.appliedOn().isAfter(today)) {
            problems.add(new InvalidValueException("appliedOn", "date.future"));
        }
        if (p != null && form.type() != null) {
            EligibilityResult result = withOpenCaseCheck(p, form.type(),
                    assess(p, form.type(), p.division().county(), today, facts), facts);
            for (EligibilityResult.Reason r : result.reasons()) {
                problems.add(new InvalidValueException("type", r.key(), r.argument()));
            }
        }
        return new Checked(p, List.copyOf(problems));
    }

    private static String accountOf(SubsidyApplication form) {
        return form.bankAccount() == null ? "" : form.bankAccount().replace(" ", "");
    }

    private boolean setting(String key, LocalDate day) {
        return settings.valueOn(key, day).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The person an ID number names, if the caller's jurisdiction covers them; a person registered elsewhere
     * gets the same answer as a number nobody registered, so the answer tells no one outside a jurisdiction
     * whether a number is registered there.
     */
    private Person visiblePerson(StaffUser me, IdNumber id, Facts facts) {
        return facts.person(id).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
    }
}
