package cn.xndpf.application.rights;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.rights.DisputeFinding;
import cn.xndpf.domain.rights.DisputeRepository;
import cn.xndpf.domain.rights.DisputeRound;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispute screening (矛盾纠纷排查): district and city staff record a round in a division of their jurisdiction
 * with what it found, and resolve findings one by one; they see only their jurisdiction's rounds (another's
 * answers like a missing one). A person or household concerned must be registered in the caller's
 * jurisdiction, so the answer tells nothing of anyone else's registration. Recording and resolving are
 * audited; a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class DisputeScreeningService {

    /** The audit log's entity types. */
    public static final String ROUND = "DisputeRound";
    public static final String FINDING = "DisputeFinding";

    @Inject
    private DisputeRepository disputes;

    @Inject
    private RightsIntake intake;

    @Inject
    private PersonRepository people;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public DisputeRoundView record(DisputeRoundForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        DivisionCode division = intake.division(f.divisionCode());
        DisputeRound round = new DisputeRound(f.screenedOn(), division, f.screenedBy(), f.note(), me.username(), today);
        intake.place(me, division);
        List<Map<String, Object>> found = new ArrayList<>();
        for (DisputeRoundForm.Finding x : f.findings() == null ? List.<DisputeRoundForm.Finding>of() : f.findings()) {
            Long personId = null;
            if (x.idNumber() != null && !x.idNumber().isBlank()) {
                personId = people.findByIdNumber(intake.idNumber(x.idNumber(), today))
                        .filter(p -> me.jurisdiction().contains(p.division())).map(Person::id)
                        .orElseThrow(() -> new InvalidValueException("idNumber", "dispute.personNotFound"));
            }
            Long householdId = null;
            if (x.householdNumber() != null && !x.householdNumber().isBlank()) {
                householdId = people.findHouseholdByNumber(x.householdNumber().trim())
                        .filter(h -> me.jurisdiction().contains(h.division())).map(Household::id)
                        .orElseThrow(() -> new InvalidValueException("householdNumber", "dispute.householdNotFound"));
            }
            DisputeFinding finding = round.find(x.kind(), x.description(), personId, householdId);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kind", finding.kind().name());
            s.put("description", finding.description());
            s.put("personId", personId);
            s.put("householdId", householdId);
            found.add(s);
        }
        disputes.store(round);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("screenedOn", round.screenedOn().toString());
        after.put("division", round.division().value());
        after.put("screenedBy", round.screenedBy());
        after.put("note", round.note());
        after.put("findings", found);
        audit.record(me.username(), AuditAction.CREATE, ROUND, round.id(), round.division().value(),
                "矛盾纠纷排查登记 dispute screening recorded", null, after);
        return view(round);
    }

    /** Records that a finding of the version the caller read was resolved (化解) on {@code day}, and how. */
    public DisputeRoundView resolve(long findingId, int expectedVersion, LocalDate day, String how) {
        StaffUser me = currentStaff.require();
        DisputeFinding f = disputes.findFinding(findingId)
                .filter(x -> me.jurisdiction().contains(x.round().division()))
                .orElseThrow(() -> new NotFoundException("finding", "dispute.notFound"));
        if (f.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        f.resolve(day, how, PlatformClock.today());
        disputes.store(f.round());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("resolvedOn", day.toString());
        after.put("resolution", f.resolution());
        audit.record(me.username(), AuditAction.UPDATE, FINDING, f.id(), f.round().division().value(),
                "矛盾纠纷化解 dispute resolved", Map.of("resolvedOn", "-"), after);
        return view(f.round());
    }

    public DisputeRoundView round(long id) {
        StaffUser me = currentStaff.require();
        return disputes.findRound(id).filter(r -> me.jurisdiction().contains(r.division())).map(this::view)
                .orElseThrow(() -> new NotFoundException("round", "dispute.notFound"));
    }

    /** The rounds of the caller's jurisdiction screened in a period, newest first. */
    public List<DisputeRoundView> rounds(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return disputes.rounds(me.jurisdiction(), from, to).stream().map(this::view).toList();
    }

    private DisputeRoundView view(DisputeRound r) {
        return new DisputeRoundView(r.id(), r.screenedOn(), r.division().value(), r.screenedBy(), r.note(),
                r.findings().stream().map(f -> new DisputeRoundView.Finding(f.id(), f.version(), f.kind(),
                        f.description(), concerned(f), f.resolvedOn(), f.resolution())).toList());
    }

    /** The person concerned as name and masked ID number, or the household by its number; null when none. */
    private String concerned(DisputeFinding f) {
        if (f.personId() != null) {
            return people.find(f.personId()).map(p -> p.name() + " " + p.idNumber().masked()).orElse(null);
        }
        if (f.householdId() != null) {
            return people.findHousehold(f.householdId()).map(Household::householdNumber).orElse(null);
        }
        return null;
    }
}
