package cn.xndpf.application.education;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.domain.education.FeeRelief;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fee reductions and subsidies for disabled students (残疾学生减免、补助), recorded per student, school year,
 * term and kind by township, district and city staff within their jurisdiction; each record audited, a
 * second record of the same term and kind refused.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class FeeReliefService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Inject
    private PersonRepository people;

    @Inject
    private EducationRepository education;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    public ReliefView record(ReliefForm form) {
        StaffUser me = currentStaff.require();
        Person student = visible(me, form.idNumber());
        if (people.validCertificateOf(student).isEmpty()) {
            throw new InvalidValueException("idNumber", "education.reliefNeedsCertificate");
        }
        SchoolYear year = SchoolYear.parse(form.schoolYear());
        if (form.term() == null || form.term() < 1 || form.term() > 2) {
            throw new InvalidValueException("term", "education.term");
        }
        if (form.kind() == null) {
            throw new InvalidValueException("kind", "education.reliefKindRequired");
        }
        if (form.amount() == null || form.amount().signum() <= 0 || form.amount().scale() > 2
                || form.amount().compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidValueException("amount", "education.reliefAmount");
        }
        String school = form.schoolName() == null ? "" : form.schoolName().trim();
        if (school.length() < 2 || school.length() > 100) {
            throw new InvalidValueException("schoolName", "education.schoolName");
        }
        if (education.hasRelief(student, year, form.term(), form.kind())) {
            throw new InvalidValueException("term", "education.reliefRecorded", year.label());
        }
        FeeRelief r = new FeeRelief(student, year, form.term(), form.kind(), form.amount().setScale(2), school,
                me.username());
        education.store(r);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", student.id());
        after.put("schoolYear", year.label());
        after.put("term", form.term());
        after.put("kind", form.kind().name());
        after.put("amount", r.amount().toPlainString());
        after.put("school", school);
        audit.record(me.username(), AuditAction.CREATE, "FeeRelief", r.id(), student.division().value(),
                "登记" + form.kind().chineseName(), null, after);
        return view(r);
    }

    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF, Roles.ADMIN})
    public List<ReliefView> reliefsOf(String idNumber) {
        return education.reliefsOf(visible(currentStaff.require(), idNumber)).stream().map(FeeReliefService::view)
                .toList();
    }

    private Person visible(StaffUser me, String idNumber) {
        return people.findByIdNumber(IdNumber.of(idNumber)).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
    }

    private static ReliefView view(FeeRelief r) {
        return new ReliefView(r.id(), r.schoolYear().label(), r.term(), r.kind(), r.amount(), r.schoolName(),
                r.recordedBy());
    }
}
