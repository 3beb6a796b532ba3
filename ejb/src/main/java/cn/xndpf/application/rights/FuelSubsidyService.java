package cn.xndpf.application.rights;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.rights.FuelSubsidyRepository;
import cn.xndpf.domain.rights.FuelSubsidyRules;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The motorised-wheelchair fuel subsidy (机动轮椅车燃油补贴): an owner's application for a year, opened as a case
 * of the kernel (first review by the township, approval by the district, as the chain rows say), and the
 * payment of an approved case, marked once with the version the caller read. The amount is the setting in
 * force on 1 January of the year. An owner registered outside the caller's jurisdiction is answered like a
 * number nobody registered; another jurisdiction's case like a missing one.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class FuelSubsidyService {

    /** The program row of V50. */
    public static final String PROGRAM = "WHEELCHAIR_FUEL";

    @Inject
    private PersonRepository people;

    @Inject
    private FuelSubsidyRepository fuel;

    @Inject
    private CaseRepository cases;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Every reason {@link #apply} would refuse this form, each naming its field; empty when taken. */
    public List<InvalidValueException> problems(FuelSubsidyApplication form) {
        return check(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** Takes an application and opens its case through the workflow; refused with the first problem. */
    public long apply(FuelSubsidyApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = check(me, form, today);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        Program program = cases.program(PROGRAM).orElseThrow(() -> new NotFoundException("program", "program.unknown"));
        FuelSubsidyCase c = new FuelSubsidyCase(program, checked.owner(), form.year(), checked.plate(),
                checked.amount(), today, me.username());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("person", checked.owner().id());
        audited.put("year", form.year());
        audited.put("vehiclePlate", checked.plate());
        audited.put("amount", checked.amount().toPlainString());
        return workflow.startCase(c, "申请机动轮椅车燃油补贴", audited);
    }

    /**
     * Records that an approved case's subsidy was paid on {@code day}; refused on a version other than
     * {@code expectedVersion}, on a case not approved or already paid. Audited with before and after.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public FuelSubsidyView markPaid(long caseId, int expectedVersion, LocalDate day) {
        StaffUser me = currentStaff.require();
        FuelSubsidyCase c = fuel.find(caseId).filter(k -> me.jurisdiction().contains(k.division()))
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (c.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        c.markPaid(day, PlatformClock.today(), me.username());
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("paidOn", day.toString());
        after.put("amount", c.amount().toPlainString());
        audit.record(me.username(), AuditAction.UPDATE, "Case", c.id(), c.division().value(),
                "燃油补贴发放 fuel subsidy paid " + c.caseNumber(), Map.of("paidOn", "-"), after);
        return FuelSubsidyView.of(c);
    }

    /** The year's cases of the caller's jurisdiction, newest application first. */
    public List<FuelSubsidyView> ofYear(int year) {
        StaffUser me = currentStaff.require();
        return fuel.ofYear(me.jurisdiction(), year).stream().map(FuelSubsidyView::of).toList();
    }

    private record Checked(Person owner, String plate, BigDecimal amount, List<InvalidValueException> problems) {
    }

    private Checked check(StaffUser me, FuelSubsidyApplication form, LocalDate today) {
        List<InvalidValueException> problems = new ArrayList<>();
        Person owner = null;
        try {
            IdNumber id = IdNumber.of(form.idNumber() == null ? null : form.idNumber().trim());
            owner = people.findByIdNumber(id).filter(p -> me.jurisdiction().contains(p.division()))
                    .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        BigDecimal amount = form.year() == null ? null : settings.valueOn(FuelSubsidyRules.AMOUNT,
                FuelSubsidyRules.amountDay(form.year())).map(BigDecimal::new).orElse(null);
        if (owner == null) {
            if (FuelSubsidyRules.normalisedPlate(form.vehiclePlate()) == null) {
                problems.add(new InvalidValueException("vehiclePlate", "fuel.vehiclePlate"));
            }
            return new Checked(null, null, amount, List.copyOf(problems));
        }
        problems.addAll(FuelSubsidyRules.problems(new FuelSubsidyRules.Facts(owner,
                people.validCertificateOf(owner).orElse(null), form.year(), form.vehiclePlate(), amount,
                FuelSubsidyRules.codes(settings.valueOn(FuelSubsidyRules.CATEGORIES, today).orElse("")),
                FuelSubsidyRules.codes(settings.valueOn(FuelSubsidyRules.LEVELS, today).orElse("")),
                form.year() != null && fuel.applied(owner.id(), form.year()), today)));
        return new Checked(owner, FuelSubsidyRules.normalisedPlate(form.vehiclePlate()), amount,
                List.copyOf(problems));
    }
}
