package cn.xndpf.application.education;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.education.EducationPlan;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.domain.education.Placement;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan per child (一人一案): district and city staff decide a disabled child's placement (mainstream
 * class, special school, home teaching) and review it yearly; each decision is a new version of the plan,
 * the previous one kept with its last day, audited with the placement before and after. Everyone sees the
 * history of children in their jurisdiction; a child outside it is answered like a number nobody registered.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class EducationPlanService {

    /** Setting key: months from a decision to the plan's next review. */
    public static final String REVIEW_MONTHS = "education.plan.reviewMonths";

    @Inject
    private PersonRepository people;

    @Inject
    private EducationRepository education;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Decides the child's plan from today: the first version, or a review of the one in force. */
    public PlanView decide(PlanForm form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Person child = visibleChild(me, form.idNumber());
        if (people.validCertificateOf(child).isEmpty()) {
            throw new InvalidValueException("idNumber", "education.planNeedsCertificate");
        }
        if (form.placement() == null) {
            throw new InvalidValueException("placement", "education.placementRequired");
        }
        Long institutionId = null;
        String school;
        if (form.placement() == Placement.SPECIAL_SCHOOL) {
            Institution i = form.specialSchoolId() == null ? null
                    : institutions.find(form.specialSchoolId()).orElse(null);
            if (i == null || i.kind() != InstitutionKind.SPECIAL_SCHOOL || !i.isInForceOn(today)) {
                throw new InvalidValueException("specialSchoolId", "education.schoolNotSpecialSchool");
            }
            institutionId = i.id();
            school = i.name();
        } else {
            school = form.schoolName() == null ? "" : form.schoolName().trim();
            if (school.length() < 2 || school.length() > 100) {
                throw new InvalidValueException("schoolName", "education.schoolName");
            }
        }
        SchoolYear year = SchoolYear.parse(form.schoolYear());
        List<EducationPlan> history = education.plansOf(child);
        EducationPlan previous = history.isEmpty() ? null : history.get(0);
        String note = form.note() == null || form.note().isBlank() ? null : form.note().trim();
        if (previous != null && note == null) {
            throw new InvalidValueException("note", "education.planReviewReason");
        }
        if (note != null && note.length() > 400) {
            throw new InvalidValueException("note", "education.planNoteLength");
        }
        int months = settings.valueOn(REVIEW_MONTHS, today).map(Integer::parseInt).orElse(12);
        EducationPlan plan = EducationPlan.decide(previous, child, form.placement(), institutionId, school, year, today,
                today.plusMonths(months), note, me.username());
        education.store(plan);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, "EducationPlan", plan.id(), child.division().value(),
                (previous == null ? "制定一人一案 " : "复核一人一案 ") + child.idNumber().value(),
                previous == null ? null : snapshot(previous), snapshot(plan));
        return view(plan);
    }

    /** Every version of the child's plan, newest first. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF, Roles.ADMIN})
    public List<PlanView> history(String idNumber) {
        Person child = visibleChild(currentStaff.require(), idNumber);
        return education.plansOf(child).stream().map(EducationPlanService::view).toList();
    }

    private Person visibleChild(StaffUser me, String idNumber) {
        return people.findByIdNumber(IdNumber.of(idNumber)).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
    }

    private static Map<String, Object> snapshot(EducationPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", p.child().id());
        m.put("version", p.versionNumber());
        m.put("placement", p.placement().name());
        m.put("institution", p.institutionId());
        m.put("school", p.schoolName());
        m.put("schoolYear", p.schoolYear().label());
        m.put("validFrom", p.period().validFrom().toString());
        m.put("validTo", p.period().validTo() == null ? null : p.period().validTo().toString());
        m.put("reviewDue", p.reviewDue().toString());
        m.put("note", p.note());
        return m;
    }

    static PlanView view(EducationPlan p) {
        return new PlanView(p.id(), p.versionNumber(), p.placement(), p.institutionId(), p.schoolName(),
                p.schoolYear().label(), p.decidedOn(), p.reviewDue(), p.period().validTo(), p.note(),
                p.recordedBy());
    }
}
