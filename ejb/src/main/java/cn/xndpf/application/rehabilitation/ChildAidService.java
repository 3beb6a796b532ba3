package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.rehabilitation.ChildAidCase;
import cn.xndpf.domain.rehabilitation.ChildAidRules;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;
import cn.xndpf.domain.rehabilitation.RehabilitationRepository;
import cn.xndpf.domain.rehabilitation.RehabilitationRules;
import cn.xndpf.domain.security.StaffUser;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Children's rehabilitation aid (残疾儿童康复救助): applications per child, kind of aid and year within the dated
 * age band and yearly cap, entering the shared workflow (review by its chain rows); what the cap leaves; the
 * children's aid service rate of the caller's jurisdiction.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class ChildAidService {

    /** The program's row (V26). */
    public static final String PROGRAM = "CHILD_REHABILITATION";

    @Inject
    private PersonRepository people;

    @Inject
    private CaseRepository cases;

    @Inject
    private RehabilitationRepository rehabilitation;

    @Inject
    private PolicySettingRepository settings;

    @EJB
    private CaseWorkflowService workflow;

    @Inject
    private CurrentStaff currentStaff;

    /**
     * Every reason {@link #apply} would refuse this form, each naming its field; empty when it would be taken.
     * Changes nothing.
     */
    public List<InvalidValueException> problems(ChildAidApplication form) {
        return check(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** Takes an application and opens its case through the workflow; refused with the first reason if not. */
    public long apply(ChildAidApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = check(me, form, today);
        if (checked.child() != null && checked.problems().isEmpty()) {
            // judged again once the child is held, so two applications at once cannot both fit under the cap
            rehabilitation.lockForAid(checked.child());
            checked = check(me, form, today);
        }
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        Program program = cases.program(PROGRAM).orElseThrow(() -> new NotFoundException("kind", "program.unknown"));
        LocalDate appliedOn = form.appliedOn() == null ? today : form.appliedOn();
        BigDecimal amount = form.amount().setScale(2);
        ChildAidCase c = new ChildAidCase(program, checked.child(), form.kind(), amount, appliedOn, me.username());
        return workflow.startCase(c, "申请残疾儿童康复救助 " + form.kind().chineseName() + " " + amount.toPlainString() + "元",
                Map.of("person", checked.child().id(), "kind", form.kind().name(), "aidYear", appliedOn.getYear(),
                        "amount", amount.toPlainString()));
    }

    /** What the yearly cap leaves a child (by ID number, in the caller's jurisdiction) for a year, in yuan. */
    public BigDecimal remaining(String idNumber, int aidYear) {
        Person child = visiblePerson(currentStaff.require(), idNumber);
        return ChildAidRules.remaining(cap(LocalDate.of(aidYear, 1, 1)),
                rehabilitation.childAidOfYear(child.id(), aidYear));
    }

    /**
     * The children's aid service rate of the caller's jurisdiction for a year: children assessed as needing a
     * basic service during the year at an age within the band (in force on the year's first day), and how many
     * of them have an aid case of the year approved.
     */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public ServiceRate rate(int year) {
        StaffUser me = currentStaff.require();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int minAge = intSetting(ChildAidRules.MIN_AGE, first);
        int maxAge = intSetting(ChildAidRules.MAX_AGE, first);
        Set<Long> needing = rehabilitation.needingAssessments(me.jurisdiction(), first, last).stream()
                .filter(a -> ChildAidRules.inAgeBand(a.person(), a.assessedOn(), minAge, maxAge))
                .map(RehabilitationAssessment::person).map(Person::id).collect(Collectors.toSet());
        Set<Long> aided = rehabilitation.childrenAided(me.jurisdiction(), year);
        long served = needing.stream().filter(aided::contains).count();
        return new ServiceRate(me.jurisdiction().value(), first, last, needing.size(), served,
                RehabilitationRules.serviceRate(served, needing.size()).orElse(null));
    }

    private record Checked(Person child, List<InvalidValueException> problems) {
    }

    private Checked check(StaffUser me, ChildAidApplication form, LocalDate today) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new InvalidValueException("kind", "rehabilitation.childAid.kindRequired"));
        }
        Person child = null;
        try {
            child = visiblePerson(me, form.idNumber());
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        if (form.appliedOn() != null && form.appliedOn().isAfter(today)) {
            problems.add(new InvalidValueException("appliedOn", "date.future"));
        }
        if (child != null) {
            LocalDate day = form.appliedOn() == null || form.appliedOn().isAfter(today) ? today : form.appliedOn();
            for (ChildAidRules.Refusal r : ChildAidRules.refusals(new ChildAidRules.Facts(child,
                    people.validCertificateOf(child).orElse(null), form.amount(),
                    rehabilitation.childAidOfYear(child.id(), day.getYear()), intSetting(ChildAidRules.MIN_AGE, day),
                    intSetting(ChildAidRules.MAX_AGE, day), cap(day), day))) {
                problems.add(new InvalidValueException(r.field(), r.key(), r.argument()));
            }
        }
        return new Checked(child, List.copyOf(problems));
    }

    private BigDecimal cap(LocalDate day) {
        return settings.valueOn(ChildAidRules.YEARLY_CAP, day).map(BigDecimal::new)
                .orElseThrow(() -> new IllegalStateException("no yearly cap in force on " + day));
    }

    private int intSetting(String key, LocalDate day) {
        return settings.valueOn(key, day).map(Integer::parseInt)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    /** A person registered outside the jurisdiction gets the same answer as an unknown number. */
    private Person visiblePerson(StaffUser me, String idNumber) {
        return people.findByIdNumber(IdNumber.of(idNumber)).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException(IdNumber.FIELD, "person.notFound"));
    }
}
