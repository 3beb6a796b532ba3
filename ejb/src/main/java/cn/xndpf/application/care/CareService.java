package cn.xndpf.application.care;

import cn.xndpf.application.institution.InstitutionPlacement;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseViews;
import cn.xndpf.domain.care.CareCase;
import cn.xndpf.domain.care.CareEligibility;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.care.CareRepository;
import cn.xndpf.domain.care.CareRules;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The care program (托养服务): eligibility, applications entering the shared workflow, and the placement of an
 * approved case with a care institution, which starts the case through the kernel and enrols the person
 * (naming the case) in one transaction: a refused enrolment (no places, not offered) starts nothing.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class CareService {

    /** The program's row (V19). */
    public static final String PROGRAM = "CARE";

    private static final int MAX_LIST = 200;

    @Inject
    private PersonRepository people;

    @Inject
    private CareRepository care;

    @Inject
    private CaseViews views;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private InstitutionPlacement placement;

    @Inject
    private CurrentStaff currentStaff;

    /** Eligibility of a person (by ID number, in the caller's jurisdiction) for care today. */
    public CareEligibility check(String idNumber) {
        StaffUser me = currentStaff.require();
        return assess(placement.visiblePerson(me, idNumber), PlatformClock.today());
    }

    /**
     * Every reason {@link #apply} would refuse this form, each naming its field; empty when it would be
     * taken. Changes nothing.
     */
    public List<InvalidValueException> problems(CareApplication form) {
        return checkForm(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** Takes an application and opens its case through the workflow; refused with the first reason if not. */
    public long apply(CareApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = checkForm(me, form, today);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        Person p = checked.person();
        return placement.apply(PROGRAM, "kind", program -> new CareCase(program, form.kind(), p,
                        form.appliedOn() == null ? today : form.appliedOn(), me.username()),
                "申请托养服务 " + form.kind().chineseName(), Map.of("person", p.id(), "kind", form.kind().name()));
    }

    /**
     * Places an approved case with a care institution from a day (安置): the kernel starts the case (version
     * check, timeline step, audit) and the person is enrolled with the institution for the case's kind of
     * care, naming the case (audited too). Any refusal, of either, changes nothing.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void place(long caseId, int expectedVersion, long institutionId, LocalDate from) {
        StaffUser me = currentStaff.require();
        CareCase c = placement.visibleCase(me, caseId, CareCase.class);
        c.placedWith(placement.place(c, expectedVersion, institutionId, InstitutionKind.CARE,
                "care.institutionNotCare", c.kind().service(), from), from);
    }

    /** Approved care cases of the caller's jurisdiction waiting to be placed (待安置), oldest first. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<CaseView> awaitingPlacement() {
        StaffUser me = currentStaff.require();
        return care.awaitingPlacement(me.jurisdiction(), MAX_LIST).stream().map(views::of).toList();
    }

    /** A care case's own data, for a case in the caller's jurisdiction. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF})
    public CareCaseDetails details(long caseId) {
        CareCase c = placement.visibleCase(currentStaff.require(), caseId, CareCase.class);
        return new CareCaseDetails(c.id(), c.kind(), c.institution() == null ? null : c.institution().id(),
                c.institution() == null ? null : c.institution().name(), c.placedOn(),
                monthlyAmount(c.kind(), PlatformClock.today()).orElse(null));
    }

    /** The monthly subsidy per person of a care kind in force on a day (阳光家园补助), from the dated settings. */
    @PermitAll
    public Optional<BigDecimal> monthlyAmount(CareKind kind, LocalDate day) {
        return settings.valueOn(CareRules.monthlyAmountKey(kind), day).map(BigDecimal::new);
    }

    private CareEligibility assess(Person p, LocalDate day) {
        boolean open = placement.hasOpenCase(p, PROGRAM);
        return CareRules.assess(new CareRules.Facts(p, people.validCertificateOf(p).orElse(null), open,
                intSetting(CareRules.MIN_AGE, day), intSetting(CareRules.MAX_AGE, day), day));
    }

    private int intSetting(String key, LocalDate day) {
        return settings.valueOn(key, day).map(Integer::parseInt)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    private record Checked(Person person, List<InvalidValueException> problems) {
    }

    private Checked checkForm(StaffUser me, CareApplication form, LocalDate today) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (form.kind() == null) {
            problems.add(new InvalidValueException("kind", "care.kindRequired"));
        }
        Person p = null;
        try {
            p = placement.visiblePerson(me, form.idNumber());
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        if (form.appliedOn() != null && form.appliedOn().isAfter(today)) {
            problems.add(new InvalidValueException("appliedOn", "date.future"));
        }
        if (p != null) {
            for (CareEligibility.Reason r : assess(p, today).reasons()) {
                problems.add(new InvalidValueException("idNumber", r.key(), r.argument()));
            }
        }
        return new Checked(p, List.copyOf(problems));
    }
}
