package cn.xndpf.application.education;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.education.EnrolmentReport;
import cn.xndpf.domain.education.EnrolmentState;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The education bureau's enrolment feed (scope {@code education-enrolment}) and the compulsory-education
 * enrolment rate. The bureau is a partner bound to divisions ({@code partner_division}, like a bank): it
 * reports only children registered in the divisions it serves, and a child elsewhere is answered like an
 * unregistered number. Each report is audited (actor {@code partner:<code>}) with what it replaced.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class EnrolmentReportService {

    /** Setting keys: the compulsory-education age band, age on the school year's first day. */
    public static final String AGE_FROM = "education.compulsory.ageFrom";
    public static final String AGE_TO = "education.compulsory.ageTo";

    @Inject
    private PersonRepository people;

    @Inject
    private EducationRepository education;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Takes one report of the education bureau; returns true if it replaced an earlier one of that year. */
    @PermitAll
    public boolean report(EnrolmentReportForm form, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_EDUCATION_ENROLMENT);
        IdNumber id = IdNumber.of(form.idNumber());
        SchoolYear year = SchoolYear.parse(form.schoolYear());
        String flag = form.enrolled() == null ? "" : form.enrolled().trim();
        if (!flag.equals("true") && !flag.equals("false")) {
            throw new InvalidValueException("enrolled", "education.enrolledFlag");
        }
        String school = form.schoolName() == null || form.schoolName().isBlank() ? null : form.schoolName().trim();
        if (school != null && school.length() > 100) {
            throw new InvalidValueException("schoolName", "education.schoolName");
        }
        boolean enrolled = Boolean.parseBoolean(flag);
        if (enrolled && school == null) {
            throw new InvalidValueException("schoolName", "education.schoolName");
        }
        Person child = people.findByIdNumber(id)
                .filter(p -> partners.serves(partnerCode, Partner.SCOPE_EDUCATION_ENROLMENT, p.division()))
                .orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "person.notFound"));
        String actor = "partner:" + partnerCode;
        EnrolmentReport existing = education.enrolmentOf(child, year).orElse(null);
        Map<String, Object> before = existing == null ? null : snapshot(existing);
        EnrolmentReport r = existing;
        if (r == null) {
            r = new EnrolmentReport(child, year, enrolled, school, actor);
            education.store(r);
        } else {
            r.replace(enrolled, school, actor);
        }
        em.flush();
        audit.record(actor, existing == null ? AuditAction.CREATE : AuditAction.UPDATE, "EnrolmentReport", r.id(),
                child.division().value(), "教育部门入学信息 " + year.label(), before, snapshot(r));
        return existing != null;
    }

    /** The rate of a school year within the caller's jurisdiction, as of the school year's first day. */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF,
            Roles.ADMIN})
    public EnrolmentRate rate(String schoolYear) {
        SchoolYear year = SchoolYear.parse(schoolYear);
        return rate(currentStaff.require().jurisdiction(), year);
    }

    EnrolmentRate rate(DivisionCode within, SchoolYear year) {
        LocalDate day = year.firstDay();
        int from = settings.valueOn(AGE_FROM, day).map(Integer::parseInt).orElseThrow();
        int to = settings.valueOn(AGE_TO, day).map(Integer::parseInt).orElseThrow();
        // aged from..to on the day: born after the day minus (to + 1) years, on or before the day minus from years
        String children = "SELECT COUNT(DISTINCT p.id) FROM person p JOIN certificate c ON c.person_id = p.id"
                + " WHERE p.division_code LIKE ?1 AND c.issued_on <= ?2 AND (c.status = 'VALID' OR c.cancelled_on > ?2)"
                + " AND p.birth_date > ?3 AND p.birth_date <= ?4";
        String enrolled = children + " AND EXISTS (SELECT 1 FROM education_enrolment_report r"
                + " WHERE r.person_id = p.id AND r.school_year = ?5 AND r.enrolled = 1)";
        long all = count(children, within, day, from, to, year);
        long in = count(enrolled, within, day, from, to, year);
        BigDecimal percent = all == 0 ? null : BigDecimal.valueOf(in * 100L)
                .divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
        return new EnrolmentRate(year.label(), day, from, to, all, in, percent);
    }

    /**
     * The enrolment list (义务教育入学名单): the children the rate counts in the caller's jurisdiction (holding a
     * valid certificate on the school year's first day, of the age band that day), each with what the bureau
     * reported for the year; only those of one state if asked; one page, ordered by division and name.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public Page<EnrolmentEntry> children(String schoolYear, EnrolmentState state, int first, int max) {
        SchoolYear year = SchoolYear.parse(schoolYear);
        DivisionCode within = currentStaff.require().jurisdiction();
        LocalDate day = year.firstDay();
        int from = settings.valueOn(AGE_FROM, day).map(Integer::parseInt).orElseThrow();
        int to = settings.valueOn(AGE_TO, day).map(Integer::parseInt).orElseThrow();
        String where = " FROM person p LEFT JOIN education_enrolment_report r ON r.person_id = p.id"
                + " AND r.school_year = ?5 JOIN division d ON d.code = p.division_code"
                + " WHERE p.division_code LIKE ?1 AND p.birth_date > ?3 AND p.birth_date <= ?4"
                + " AND EXISTS (SELECT 1 FROM certificate c WHERE c.person_id = p.id AND c.issued_on <= ?2"
                + " AND (c.status = 'VALID' OR c.cancelled_on > ?2))"
                + (state == null ? "" : switch (state) {
                    case ENROLLED -> " AND r.enrolled = 1";
                    case NOT_ENROLLED -> " AND r.enrolled = 0";
                    case NO_REPORT -> " AND r.id IS NULL";
                });
        long total = count("SELECT COUNT(*)" + where, within, day, from, to, year);
        var q = em.createNativeQuery("SELECT p.id, p.name, p.id_number, d.name AS division_name, p.birth_date,"
                        + " r.enrolled, r.school_name" + where + " ORDER BY p.division_code, p.name, p.id")
                .setParameter(1, within.prefix() + "%").setParameter(2, Date.valueOf(day))
                .setParameter(3, Date.valueOf(day.minusYears(to + 1L)))
                .setParameter(4, Date.valueOf(day.minusYears(from))).setParameter(5, year.startYear())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200));
        List<EnrolmentEntry> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate birth = day(r[4]);
            EnrolmentState s = r[5] == null ? EnrolmentState.NO_REPORT
                    : ((Number) r[5]).intValue() == 1 ? EnrolmentState.ENROLLED : EnrolmentState.NOT_ENROLLED;
            rows.add(new EnrolmentEntry(((Number) r[0]).longValue(), (String) r[1], IdNumber.of((String) r[2]).masked(),
                    (String) r[3], birth, Period.between(birth, day).getYears(), s, (String) r[6]));
        }
        return new Page<>(rows, total);
    }

    /** A DATE column as the driver hands it over (Oracle's driver gives a timestamp). */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return ((java.time.LocalDateTime) value).toLocalDate();
    }

    private long count(String sql, DivisionCode within, LocalDate day, int from, int to, SchoolYear year) {
        var q = em.createNativeQuery(sql).setParameter(1, within.prefix() + "%").setParameter(2, Date.valueOf(day))
                .setParameter(3, Date.valueOf(day.minusYears(to + 1L))).setParameter(4, Date.valueOf(day.minusYears(from)));
        if (sql.contains("?5")) {
            q.setParameter(5, year.startYear());
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Map<String, Object> snapshot(EnrolmentReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", r.child().id());
        m.put("schoolYear", r.schoolYear().label());
        m.put("enrolled", r.enrolled());
        m.put("school", r.schoolName());
        return m;
    }
}
