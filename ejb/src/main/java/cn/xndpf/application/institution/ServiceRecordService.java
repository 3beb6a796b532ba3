package cn.xndpf.application.institution;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.institution.ServiceRecord;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-name service records (实名制服务记录) and the enrolments that entitle an institution to them. A
 * record is taken only for a person enrolled with the institution for that service on that day, from an
 * institution qualified on that day and offering the service, once per person, institution, service and
 * day. Staff record for people of their jurisdiction; an institution's staff and an institution's system
 * (partner scope {@code institution-services}) only for their own institution. Every record and enrolment
 * is audited; every refusal changes nothing.
 */
@Stateless
public class ServiceRecordService {

    /** The audit log's entity types. */
    public static final String RECORD = "ServiceRecord";
    public static final String ENROLMENT = "Enrolment";

    private static final int MAX_PAGE = 100;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PersonRepository people;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private PartnerDirectory partners;

    @EJB
    private AuditTrail audit;

    /**
     * Assigns a person of the caller's jurisdiction to an institution for a service from a day, within the
     * institution's places; a program's case that placed the person names itself in {@code caseId}.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public EnrolmentView enrol(long personId, long institutionId, ServiceKind service, LocalDate from, Long caseId) {
        StaffUser me = currentStaff.require();
        Person person = people.find(personId).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "person.notFound"));
        Institution institution = institutions.find(institutionId)
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (from == null) {
            throw new InvalidValueException("validFrom", "date.required");
        }
        qualified(institution, service, from);
        if (institutions.enrolment(personId, institutionId, service, from).isPresent()) {
            throw new InvalidValueException(IdNumber.FIELD, "enrolment.already");
        }
        if (institutions.enrolledOn(institutionId, from) >= institution.capacity()) {
            throw new InvalidValueException("institutionId", "enrolment.full", institution.capacity());
        }
        Enrolment e = new Enrolment(person, institution, service, DatedPeriod.from(from), caseId);
        institutions.store(e);
        audit.record(me.username(), AuditAction.CREATE, ENROLMENT, e.id(), person.division().value(),
                "服务机构入住 enrolled with an institution", null, Map.of("person", personId,
                        "institution", institutionId, "service", service.name(), "validFrom", from.toString(),
                        "caseId", caseId == null ? "" : caseId));
        return EnrolmentView.of(e);
    }

    /** Ends an enrolment on its last day (the person left the institution, the case ended). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void endEnrolment(long enrolmentId, LocalDate lastDay) {
        StaffUser me = currentStaff.require();
        Enrolment e = institutions.findEnrolment(enrolmentId)
                .filter(x -> me.jurisdiction().contains(x.person().division()))
                .orElseThrow(() -> new InvalidValueException("enrolment", "enrolment.notFound"));
        if (lastDay == null) {
            throw new InvalidValueException("lastDay", "date.required");
        }
        String before = e.period().toString();
        e.endOn(lastDay.isBefore(e.period().validFrom()) ? e.period().validFrom().minusDays(1) : lastDay);
        audit.record(me.username(), AuditAction.UPDATE, ENROLMENT, e.id(), e.person().division().value(),
                "服务机构离院 enrolment ended", Map.of("period", before), Map.of("period", e.period().toString()));
    }

    /** A person's enrolments (newest first), for a person of the caller's jurisdiction. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<EnrolmentView> enrolments(long personId) {
        StaffUser me = currentStaff.require();
        people.find(personId).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "person.notFound"));
        return institutions.enrolmentsOf(personId).stream().map(EnrolmentView::of).toList();
    }

    /**
     * Records a service on a screen or from an import. Staff record for people of their jurisdiction; an
     * institution's staff only for their own institution.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF,
            Roles.INSTITUTION_STAFF})
    public ServiceRecordView record(NewServiceRecord r, RecordChannel channel) {
        StaffUser me = currentStaff.require();
        Long institutionId = r.institutionId();
        if (me.role() == StaffRole.INSTITUTION_STAFF) {
            if (institutionId != null && !institutionId.equals(me.institutionId())) {
                throw new AccessDeniedException("institutionId", "serviceRecord.otherInstitution");
            }
            institutionId = me.institutionId();
        }
        Person person = person(r.idNumber());
        if (me.role() != StaffRole.INSTITUTION_STAFF && !me.jurisdiction().contains(person.division())) {
            throw new InvalidValueException(IdNumber.FIELD, "person.notFound");
        }
        return store(person, institutionId, r, channel == null ? RecordChannel.SCREEN : channel, me.username());
    }

    /** Records a service an institution's system reports: always for the partner's own institution. */
    @PermitAll
    public ServiceRecordView recordForPartner(NewServiceRecord r, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_INSTITUTION_SERVICES);
        long own = partners.institutionOf(partnerCode)
                .orElseThrow(() -> new AccessDeniedException("partner", "partner.noInstitution"));
        if (r.institutionId() != null && r.institutionId() != own) {
            throw new AccessDeniedException("institutionId", "serviceRecord.otherInstitution");
        }
        return store(person(r.idNumber()), own, r, RecordChannel.PARTNER, "partner:" + partnerCode);
    }

    /** A partner's own records of a month, newest day first. */
    @PermitAll
    public Page<ServiceRecordView> recordsForPartner(YearMonth month, String partnerCode, int first, int max) {
        partners.requireScope(partnerCode, Partner.SCOPE_INSTITUTION_SERVICES);
        long own = partners.institutionOf(partnerCode)
                .orElseThrow(() -> new AccessDeniedException("partner", "partner.noInstitution"));
        return page(null, own, month, first, max);
    }

    /**
     * Records of a month the caller may see: staff those of people in their jurisdiction (of one institution
     * when {@code institutionId} is set), an institution's staff their own institution's.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF,
            Roles.INSTITUTION_STAFF})
    public Page<ServiceRecordView> records(YearMonth month, Long institutionId, int first, int max) {
        StaffUser me = currentStaff.require();
        if (me.role() == StaffRole.INSTITUTION_STAFF) {
            return page(null, me.institutionId(), month, first, max);
        }
        return page(me.jurisdiction(), institutionId, month, first, max);
    }

    private Page<ServiceRecordView> page(DivisionCode within, Long institutionId,
                                         YearMonth month, int first, int max) {
        YearMonth m = month == null ? YearMonth.now(PlatformClock.ZONE) : month;
        int size = Math.min(Math.max(max, 1), MAX_PAGE);
        List<ServiceRecordView> rows = institutions.records(within, institutionId, m.atDay(1), m.atEndOfMonth(),
                Math.max(0, first), size).stream().map(ServiceRecordView::of).toList();
        return new Page<>(rows, institutions.countRecords(within, institutionId, m.atDay(1), m.atEndOfMonth()));
    }

    private Person person(String raw) {
        IdNumber id = IdNumber.of(raw);
        return people.findByIdNumber(id).orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "person.notFound"));
    }

    private ServiceRecordView store(Person person, Long institutionId, NewServiceRecord r, RecordChannel channel,
                                    String actor) {
        if (institutionId == null) {
            throw new InvalidValueException("institutionId", "serviceRecord.institutionRequired");
        }
        Institution institution = institutions.find(institutionId)
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (r.service() == null) {
            throw new InvalidValueException("service", "serviceRecord.serviceRequired");
        }
        LocalDate day = r.day();
        if (day == null) {
            throw new InvalidValueException("day", "date.required");
        }
        if (day.isAfter(PlatformClock.today())) {
            throw new InvalidValueException("day", "serviceRecord.dayInFuture");
        }
        qualified(institution, r.service(), day);
        Enrolment enrolment = institutions.enrolment(person.id(), institutionId, r.service(), day)
                .orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "serviceRecord.notEnrolled"));
        if (institutions.recordExists(person.id(), institutionId, r.service(), day)) {
            throw new InvalidValueException("day", "serviceRecord.duplicate");
        }
        ServiceRecord record = new ServiceRecord(enrolment, day, r.quantity(), r.amount(), channel, actor,
                Instant.now());
        institutions.store(record);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", person.id());
        after.put("institution", institutionId);
        after.put("service", r.service().name());
        after.put("day", day.toString());
        after.put("quantity", record.quantity());
        after.put("amount", record.amount().toPlainString());
        after.put("channel", channel.name());
        audit.record(actor, AuditAction.CREATE, RECORD, record.id(), person.division().value(),
                "实名制服务记录 service recorded", null, after);
        return ServiceRecordView.of(record);
    }

    /** The institution is qualified on the day and offers the service. */
    private static void qualified(Institution institution, ServiceKind service, LocalDate day) {
        if (service == null) {
            throw new InvalidValueException("service", "serviceRecord.serviceRequired");
        }
        if (!institution.isInForceOn(day)) {
            throw new InvalidValueException("institutionId", "serviceRecord.institutionNotInForce", day.toString());
        }
        if (!institution.offers(service)) {
            throw new InvalidValueException("service", "serviceRecord.serviceNotOffered");
        }
    }
}
