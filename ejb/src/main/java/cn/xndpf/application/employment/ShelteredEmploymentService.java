package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.institution.EnrolmentView;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.employment.ShelteredEmploymentRepository;
import cn.xndpf.domain.employment.ShelteredSubsidy;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sheltered employment (辅助性就业) on the shared institution registry: an institution of kind 辅助性就业机构 takes
 * registered disabled people as workers from a day (to a day), one institution at a time per person; the worker is
 * the registry's enrolment for {@link ServiceKind#SHELTERED_WORK} (made and ended by {@link ServiceRecordService},
 * which checks the qualification, the service offered and the places and audits it), so the institution's
 * real-name service records follow too. The federation pays the institution a monthly subsidy: the dated rate
 * {@value #RATE} in force on the month's first day times the workers present on at least one day of the month,
 * once per institution and month, never for a month to come. District and city staff, their jurisdiction only;
 * audited; every refusal changes and audits nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class ShelteredEmploymentService {

    /** The audit log's entity type of a subsidy (a worker's entries are the registry's {@code Enrolment}). */
    public static final String SUBSIDY = "ShelteredSubsidy";
    /** The dated setting of the subsidy per worker and month (元). */
    public static final String RATE = "employment.sheltered.monthlySubsidyPerWorker";

    @Inject
    private ShelteredEmploymentRepository sheltered;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PersonRepository people;

    @Inject
    private PolicySettingRepository settings;

    @EJB
    private ServiceRecordService enrolments;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /** The sheltered-employment institutions of the caller's jurisdiction, with today's workers. */
    public List<ShelteredInstitutionView> institutions() {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        return institutions.within(me.jurisdiction()).stream()
                .filter(i -> i.kind() == InstitutionKind.SHELTERED_EMPLOYMENT)
                .map(i -> new ShelteredInstitutionView(i.id(), i.name(), i.division().value(), i.capacity(),
                        sheltered.presentBetween(i.id(), today, today).size(), i.isInForceOn(today)))
                .toList();
    }

    /** The institution's workers, past and present, by start day. */
    public List<ShelteredWorkerView> workers(long institutionId) {
        Institution institution = visible(currentStaff.require(), institutionId);
        return sheltered.workers(institution.id()).stream().map(ShelteredWorkerView::of).toList();
    }

    /**
     * Takes a registered person of the caller's jurisdiction as a worker of the institution from {@code from} to
     * {@code to} (null: open), when the person works at no sheltered-employment institution on any day of it.
     */
    public ShelteredWorkerView admit(long institutionId, String idNumber, LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        Institution institution = visible(me, institutionId);
        Person person = people.findByIdNumber(IdNumber.of(idNumber))
                .filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new InvalidValueException(IdNumber.FIELD, "person.notFound"));
        if (from == null) {
            throw new InvalidValueException("validFrom", "date.required");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidValueException("validTo", "employment.sheltered.toBeforeFrom");
        }
        sheltered.overlapping(person.id(), from, to).stream().findFirst().ifPresent(e -> {
            throw new InvalidValueException(IdNumber.FIELD, "employment.sheltered.elsewhere", e.institution().name());
        });
        EnrolmentView enrolled = enrolments.enrol(person.id(), institution.id(), ServiceKind.SHELTERED_WORK, from, null);
        if (to != null) {
            enrolments.endEnrolment(enrolled.id(), to);
        }
        return ShelteredWorkerView.of(institutions.findEnrolment(enrolled.id()).orElseThrow());
    }

    /** The worker leaves the institution after {@code lastDay}. */
    public ShelteredWorkerView leave(long enrolmentId, LocalDate lastDay) {
        StaffUser me = currentStaff.require();
        Enrolment e = institutions.findEnrolment(enrolmentId)
                .filter(x -> x.service() == ServiceKind.SHELTERED_WORK
                        && x.institution().kind() == InstitutionKind.SHELTERED_EMPLOYMENT
                        && me.jurisdiction().contains(x.institution().division()))
                .orElseThrow(() -> new InvalidValueException("enrolment", "employment.sheltered.workerNotFound"));
        if (lastDay != null && lastDay.isBefore(e.period().validFrom())) {
            throw new InvalidValueException("validTo", "employment.sheltered.toBeforeFrom");
        }
        enrolments.endEnrolment(e.id(), lastDay);
        return ShelteredWorkerView.of(e);
    }

    /**
     * Pays the institution's subsidy of a month that has begun: the rate in force on its first day for each worker
     * present on at least one of its days; once per institution and month. Audited with each worker paid.
     */
    public ShelteredSubsidyView pay(long institutionId, YearMonth month) {
        StaffUser me = currentStaff.require();
        Institution institution = visible(me, institutionId);
        if (month == null) {
            throw new InvalidValueException("month", "employment.sheltered.monthRequired");
        }
        if (month.isAfter(YearMonth.from(PlatformClock.today()))) {
            throw new InvalidValueException("month", "employment.sheltered.monthInFuture");
        }
        if (sheltered.subsidy(institution.id(), month).isPresent()) {
            throw new InvalidValueException("month", "employment.sheltered.alreadyPaid", month.toString());
        }
        List<Enrolment> present = sheltered.presentBetween(institution.id(), month.atDay(1), month.atEndOfMonth())
                .stream().filter(distinctPerson()).toList();
        if (present.isEmpty()) {
            throw new InvalidValueException("month", "employment.sheltered.noWorkers", month.toString());
        }
        BigDecimal rate = settings.valueOn(RATE, month.atDay(1)).map(BigDecimal::new)
                .orElseThrow(() -> new InvalidValueException("month", "employment.sheltered.noRate", month.toString()));
        ShelteredSubsidy subsidy = new ShelteredSubsidy(institution, month, rate, present, me.username(),
                Instant.now());
        sheltered.store(subsidy);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("institution", institution.id());
        after.put("month", month.toString());
        after.put("rate", rate.toPlainString());
        after.put("workers", present.stream().map(e -> e.person().id()).toList());
        after.put("amount", subsidy.amount().toPlainString());
        audit.record(me.username(), AuditAction.CREATE, SUBSIDY, subsidy.id(), institution.division().value(),
                "辅助性就业机构补贴 sheltered-employment subsidy " + month, null, after);
        return ShelteredSubsidyView.of(subsidy);
    }

    /** The institution's subsidies, newest month first. */
    public List<ShelteredSubsidyView> subsidies(long institutionId) {
        Institution institution = visible(currentStaff.require(), institutionId);
        return sheltered.subsidies(institution.id()).stream().map(ShelteredSubsidyView::of).toList();
    }

    /** A sheltered-employment institution of the caller's jurisdiction; any other answers as unknown. */
    private Institution visible(StaffUser me, long institutionId) {
        Institution institution = institutions.find(institutionId)
                .filter(i -> me.jurisdiction().contains(i.division()))
                .orElseThrow(() -> new InvalidValueException("institutionId",
                        "employment.sheltered.institutionNotFound"));
        if (institution.kind() != InstitutionKind.SHELTERED_EMPLOYMENT) {
            throw new InvalidValueException("institutionId", "employment.sheltered.notShelteredInstitution");
        }
        return institution;
    }

    /** One line per person, should a person hold two enrolments in a month (left and came back). */
    private static Predicate<Enrolment> distinctPerson() {
        Set<Long> seen = new HashSet<>();
        return e -> seen.add(e.person().id());
    }
}
