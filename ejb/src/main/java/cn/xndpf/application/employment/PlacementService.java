package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.employment.EmploymentServicesRepository;
import cn.xndpf.domain.employment.Placement;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Placements into new employment (就业安置): district and city staff place a registered living certificate holder of
 * their jurisdiction in a form of employment (with the registry's employer of their jurisdiction where the form has
 * one), one open placement per person and kind, and end it. Audited (the ID number masked); a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PlacementService {

    /** The audit log's entity type. */
    public static final String ENTITY = "EmploymentPlacement";

    @Inject
    private EmploymentServicesRepository records;

    @Inject
    private EmploymentRepository employment;

    @Inject
    private PersonRepository people;

    @Inject
    private EmploymentPeople checks;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public PlacementView place(PlacementForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Person p = checks.holder(me, f.idNumber(), "idNumber", today);
        Employer employer = f.employerCreditCode() == null || f.employerCreditCode().isBlank() ? null
                : checks.employer(me, f.employerCreditCode(), "employer");
        Placement placement = new Placement(p.id(), p.division(), f.kind(), employer == null ? null : employer.id(),
                f.startedOn(), today);
        if (records.openPlacement(p.id(), f.kind()).isPresent()) {
            throw new InvalidValueException("kind", "placement.alreadyOpen", p.idNumber().masked());
        }
        records.store(placement);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("idNumber", p.idNumber().value());
        after.put("kind", placement.kind().name());
        after.put("employer", employer == null ? null : employer.creditCode().value());
        after.put("startedOn", String.valueOf(placement.startedOn()));
        audit.record(me.username(), AuditAction.CREATE, ENTITY, placement.id(), p.division().value(),
                "就业安置 placed in employment: " + p.idNumber().masked(), null, after);
        return view(placement, p, employer);
    }

    /** Ends an open placement on a day from its start to today, with the version read. */
    public PlacementView end(long placementId, int expectedVersion, LocalDate day) {
        StaffUser me = currentStaff.require();
        Placement placement = visible(me, placementId);
        if (placement.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        placement.end(day, PlatformClock.today());
        records.store(placement);
        Person p = people.find(placement.personId()).orElseThrow();
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, placement.id(), placement.division().value(),
                "就业安置结束 placement ended: " + p.idNumber().masked(), Map.of("endedOn", "null"),
                Map.of("endedOn", String.valueOf(day)));
        return view(placement, p, employerOf(placement));
    }

    /** The placements of the caller's jurisdiction started in a period, newest first. */
    public List<PlacementView> placements(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return records.placementsBetween(me.jurisdiction(), from, to).stream()
                .map(x -> view(x, people.find(x.personId()).orElseThrow(), employerOf(x))).toList();
    }

    private Placement visible(StaffUser me, long id) {
        return records.placement(id).filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new NotFoundException("placement", "placement.notFound"));
    }

    private Employer employerOf(Placement x) {
        return x.employerId() == null ? null : employment.employer(x.employerId()).orElse(null);
    }

    private static PlacementView view(Placement x, Person p, Employer e) {
        return new PlacementView(x.id(), p.idNumber().masked(), p.name(), x.kind(), e == null ? null : e.name(),
                x.division().value(), x.startedOn(), x.endedOn(), x.version());
    }
}
