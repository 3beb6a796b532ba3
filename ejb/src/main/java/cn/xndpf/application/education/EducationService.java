package cn.xndpf.application.education;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.domain.education.GrantAssessment;
import cn.xndpf.domain.education.GrantRules;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The student grant (助学金): every reason an application would be refused, the application itself, which
 * opens its case through the shared workflow (first review by the township, approval by the district as the
 * chain rows say), and a student's grants. The case is recorded under the certificate holder, whose
 * division places it in a jurisdiction; a holder registered outside the caller's jurisdiction is answered
 * like a number nobody registered.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class EducationService {

    /** The program row of V21. */
    public static final String GRANT_PROGRAM = "EDUCATION_GRANT";

    @Inject
    private PersonRepository people;

    @Inject
    private EducationRepository education;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private CaseRepository cases;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private CaseWorkflowService workflow;

    /**
     * Every reason {@link #apply} would refuse this form, each naming its field, in the order of the form;
     * empty when the application would be taken. Changes nothing.
     */
    public List<InvalidValueException> problems(GrantApplication form) {
        return check(currentStaff.require(), form, PlatformClock.today()).problems();
    }

    /** Takes an application and opens its case through the workflow; refused with the first problem. */
    public long apply(GrantApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Checked checked = check(me, form, today);
        if (!checked.problems().isEmpty()) {
            throw checked.problems().get(0);
        }
        Program program = cases.program(GRANT_PROGRAM)
                .orElseThrow(() -> new NotFoundException("program", "program.unknown"));
        EducationGrantCase c = new EducationGrantCase(program, checked.holder(), form.relation(), checked.student(),
                form.studentName().trim(), checked.schoolName(), form.specialSchoolId(), form.stage(), form.grade(),
                checked.year(), checked.amount(), today, me.username());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("person", checked.holder().id());
        audited.put("relation", form.relation().name());
        audited.put("studentIdNumber", checked.student().value());
        audited.put("studentName", c.studentName());
        audited.put("school", c.schoolName());
        audited.put("stage", form.stage().name());
        audited.put("grade", form.grade());
        audited.put("schoolYear", checked.year().label());
        audited.put("amount", checked.amount().toPlainString());
        return workflow.startCase(c, "申请助学金", audited);
    }

    /**
     * A student's grant cases, newest school year first: those recorded under a holder in the caller's
     * jurisdiction only.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF, Roles.ADMIN})
    public List<GrantView> grantsOf(String studentIdNumber) {
        StaffUser me = currentStaff.require();
        return education.grantsOf(IdNumber.of(studentIdNumber)).stream()
                .filter(c -> me.jurisdiction().contains(c.division())).map(EducationService::view).toList();
    }

    static GrantView view(EducationGrantCase c) {
        return new GrantView(c.id(), c.caseNumber(), c.state(), c.schoolYear().label(), c.relation(), c.studentName(),
                c.studentIdNumber().masked(), c.schoolName(), c.stage(), c.grade(), c.amount());
    }

    /** What an application names, where it could be read, and everything wrong with it. */
    private record Checked(Person holder, IdNumber student, SchoolYear year, String schoolName, BigDecimal amount,
                           List<InvalidValueException> problems) {
    }

    private Checked check(StaffUser me, GrantApplication form, LocalDate today) {
        List<InvalidValueException> problems = new ArrayList<>();
        Person holder = null;
        try {
            IdNumber id = IdNumber.of(form.holderIdNumber());
            holder = people.findByIdNumber(id).filter(p -> me.jurisdiction().contains(p.division()))
                    .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        if (form.relation() == null) {
            problems.add(new InvalidValueException("relation", "education.relationRequired"));
        }
        IdNumber student = null;
        try {
            student = IdNumber.of(form.studentIdNumber());
        } catch (InvalidValueException e) {
            problems.add(new InvalidValueException("studentIdNumber", e.key(), e.args()));
        }
        String name = form.studentName() == null ? "" : form.studentName().trim();
        if (name.length() < 2 || name.length() > 50) {
            problems.add(new InvalidValueException("studentName", "education.studentName"));
        }
        String school = schoolName(form, today, problems);
        if (form.stage() == null) {
            problems.add(new InvalidValueException("stage", "education.stageRequired"));
        }
        if (form.grade() == null) {
            problems.add(new InvalidValueException("grade", "education.gradeOutOfRange",
                    form.stage() == null ? "" : form.stage().chineseName() + " 1-" + form.stage().highestGrade()));
        }
        SchoolYear year = null;
        try {
            year = SchoolYear.parse(form.schoolYear());
        } catch (InvalidValueException e) {
            problems.add(e);
        }
        BigDecimal amount = null;
        if (holder != null && form.relation() != null && student != null && form.stage() != null
                && form.grade() != null && year != null) {
            amount = settings.valueOn(GrantRules.AMOUNT_PREFIX + form.stage().name(), year.firstDay())
                    .map(BigDecimal::new).orElse(null);
            GrantAssessment a = GrantRules.assess(new GrantRules.Facts(holder,
                    people.validCertificateOf(holder).orElse(null),
                    holder.household() == null ? Set.of() : holder.household().statusesOn(today), form.relation(),
                    student, form.stage(), form.grade(), year, amount,
                    GrantRules.poorStatuses(settings.valueOn(GrantRules.POOR_STATUSES, today).orElse("")),
                    settings.valueOn(GrantRules.DISABLED_STUDENT_REGARDLESS_OF_INCOME, today)
                            .map(Boolean::parseBoolean).orElse(false),
                    !education.grantsOf(student, year).isEmpty(), today));
            for (GrantAssessment.Reason r : a.reasons()) {
                problems.add(new InvalidValueException(r.field(), r.key(), r.argument()));
            }
        }
        return new Checked(holder, student, year, school, amount, List.copyOf(problems));
    }

    /** A special school of the registry in force today (its name), or the school's name as written. */
    private String schoolName(GrantApplication form, LocalDate today, List<InvalidValueException> problems) {
        if (form.specialSchoolId() != null) {
            Institution i = institutions.find(form.specialSchoolId()).orElse(null);
            if (i == null || i.kind() != InstitutionKind.SPECIAL_SCHOOL || !i.isInForceOn(today)) {
                problems.add(new InvalidValueException("specialSchoolId", "education.schoolNotSpecialSchool"));
                return null;
            }
            return i.name();
        }
        String school = form.schoolName() == null ? "" : form.schoolName().trim();
        if (school.length() < 2 || school.length() > 100) {
            problems.add(new InvalidValueException("schoolName", "education.schoolName"));
            return null;
        }
        return school;
    }
}
