package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.institution.InstitutionPlacement;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseViews;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;
import cn.xndpf.domain.rehabilitation.RehabilitationCase;
import cn.xndpf.domain.rehabilitation.RehabilitationRepository;
import cn.xndpf.domain.rehabilitation.RehabilitationRules;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Basic rehabilitation (基本康复服务): needs assessments of certificate holders, applications for the service an
 * assessment found needed, entering the shared workflow, the placement of an approved case with a designated
 * rehabilitation institution (the kernel starts the case and the person is enrolled, naming the case, in one
 * transaction), and the basic service rate of the caller's jurisdiction.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class RehabilitationService {

    /** The program's row (V25). */
    public static final String PROGRAM = "REHABILITATION";

    /** The audit log's entity type of an assessment. */
    public static final String ASSESSMENT = "RehabilitationAssessment";

    private static final int MAX_LIST = 200;

    @Inject
    private PersonRepository people;

    @Inject
    private RehabilitationRepository rehabilitation;

    @Inject
    private CaseViews views;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private InstitutionPlacement placement;

    @EJB
    private AuditTrail audit;

    @Inject
    private CurrentStaff currentStaff;

    /**
     * Records a needs assessment (康复需求评估) of a certificate holder of the caller's jurisdiction, audited;
     * refused with the first reason (each naming its field) and nothing recorded otherwise.
     */
    public AssessmentView assess(AssessmentForm form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Person p = placement.visiblePerson(me, form.idNumber());
        List<RehabilitationRules.Reason> reasons = RehabilitationRules.assessmentRefusals(p,
                people.validCertificateOf(p).orElse(null), form.neededService(), form.assessedOn(), today);
        if (!reasons.isEmpty()) {
            RehabilitationRules.Reason r = reasons.get(0);
            throw new InvalidValueException(assessmentField(r.key()), r.key(), r.argument());
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > 200) {
            throw new InvalidValueException("note", "rehabilitation.noteTooLong", 200);
        }
        RehabilitationAssessment a = new RehabilitationAssessment(p, form.assessedOn(), form.neededService(), note,
                me.username());
        rehabilitation.store(a);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", p.id());
        after.put("assessedOn", a.assessedOn().toString());
        after.put("needsService", a.needsService());
        after.put("service", a.service() == null ? "" : a.service().name());
        audit.record(me.username(), AuditAction.CREATE, ASSESSMENT, a.id(), p.division().value(),
                "康复需求评估 " + (a.needsService() ? "需要" + a.service().chineseName() : "无需求"), null, after);
        return AssessmentView.of(a);
    }

    /** A person's assessments (by ID number, in the caller's jurisdiction), oldest first. */
    public List<AssessmentView> assessments(String idNumber) {
        Person p = placement.visiblePerson(currentStaff.require(), idNumber);
        return rehabilitation.assessmentsOf(p.id()).stream().map(AssessmentView::of).toList();
    }

    /**
     * Every reason {@link #apply} would refuse this form, each naming its field; empty when it would be
     * taken. Changes nothing.
     */
    public List<InvalidValueException> problems(RehabilitationApplication form) {
        return checkForm(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** Takes an application and opens its case through the workflow; refused with the first reason if not. */
    public long apply(RehabilitationApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = checkForm(me, form, today);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        return placement.apply(PROGRAM, "service", program -> new RehabilitationCase(program, checked.assessment(),
                        form.appliedOn() == null ? today : form.appliedOn(), me.username()),
                "申请基本康复服务 " + form.service().chineseName(),
                Map.of("person", checked.assessment().person().id(), "service", form.service().name(),
                        "assessment", checked.assessment().id()));
    }

    /**
     * Places an approved case with a designated rehabilitation institution from a day: the kernel starts the
     * case (version check, timeline step, audit) and the person is enrolled for the case's service, naming the
     * case (audited too). Any refusal, of either, changes nothing.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void place(long caseId, int expectedVersion, long institutionId, LocalDate from) {
        StaffUser me = currentStaff.require();
        RehabilitationCase c = placement.visibleCase(me, caseId, RehabilitationCase.class);
        c.placedWith(placement.place(c, expectedVersion, institutionId, InstitutionKind.REHABILITATION,
                "rehabilitation.institutionNotRehabilitation", c.service(), from), from);
    }

    /** Approved rehabilitation cases of the caller's jurisdiction waiting to be placed, oldest first. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<CaseView> awaitingPlacement() {
        StaffUser me = currentStaff.require();
        return rehabilitation.awaitingPlacement(me.jurisdiction(), MAX_LIST).stream().map(views::of).toList();
    }

    /**
     * The basic service rate of the caller's jurisdiction over a period: people assessed as needing a basic
     * service on a day of the period, and of them those a designated institution recorded a basic service for
     * on a day of the period.
     */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public ServiceRate rate(LocalDate firstDay, LocalDate lastDay) {
        StaffUser me = currentStaff.require();
        if (firstDay == null) {
            throw new InvalidValueException("firstDay", "date.required");
        }
        if (lastDay == null) {
            throw new InvalidValueException("lastDay", "date.required");
        }
        if (firstDay.isAfter(lastDay)) {
            throw new InvalidValueException("firstDay", "rehabilitation.periodInvalid");
        }
        long needing = rehabilitation.assessedAsNeeding(me.jurisdiction(), firstDay, lastDay);
        long served = rehabilitation.servedOfNeeding(me.jurisdiction(), firstDay, lastDay);
        return new ServiceRate(me.jurisdiction().value(), firstDay, lastDay, needing, served,
                RehabilitationRules.serviceRate(served, needing).orElse(null));
    }

    private static String assessmentField(String key) {
        return switch (key) {
            case "date.required", "date.future", "eligibility.deceased" -> "assessedOn";
            case "rehabilitation.notBasicService" -> "neededService";
            default -> IdNumber.FIELD;
        };
    }

    private record Checked(RehabilitationAssessment assessment, List<InvalidValueException> problems) {
    }

    private Checked checkForm(StaffUser me, RehabilitationApplication form, LocalDate today) {
        List<InvalidValueException> problems = new ArrayList<>();
        if (form.service() == null) {
            problems.add(new InvalidValueException("service", "rehabilitation.serviceRequired"));
        } else if (!RehabilitationRules.BASIC_SERVICES.contains(form.service())) {
            problems.add(new InvalidValueException("service", "rehabilitation.notBasicService",
                    form.service().chineseName()));
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
        RehabilitationAssessment supporting = null;
        if (p != null && form.service() != null) {
            LocalDate day = form.appliedOn() == null || form.appliedOn().isAfter(today) ? today : form.appliedOn();
            List<RehabilitationAssessment> assessed = rehabilitation.assessmentsOf(p.id());
            int validMonths = intSetting(RehabilitationRules.ASSESSMENT_VALID_MONTHS, day);
            boolean open = placement.hasOpenCase(p, PROGRAM);
            for (RehabilitationRules.Reason r : RehabilitationRules.applicationRefusals(new RehabilitationRules.Facts(
                    p, people.validCertificateOf(p).orElse(null), assessed, form.service(), open, validMonths,
                    day))) {
                problems.add(new InvalidValueException(IdNumber.FIELD, r.key(), r.argument()));
            }
            supporting = RehabilitationRules.supportingAssessment(assessed, form.service(), validMonths, day)
                    .orElse(null);
        }
        return new Checked(supporting, List.copyOf(problems));
    }

    private int intSetting(String key, LocalDate day) {
        return settings.valueOn(key, day).map(Integer::parseInt)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }
}
