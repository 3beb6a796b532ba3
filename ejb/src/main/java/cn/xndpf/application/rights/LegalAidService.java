package cn.xndpf.application.rights;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rights.LegalMatter;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalMatterRepository;
import cn.xndpf.domain.rights.LegalOutcome;
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
 * Legal consultations and legal-aid cases (法律咨询、法律援助) with their outcome: district and city staff record
 * them for a division of their jurisdiction and conclude them; they see only their jurisdiction's (another's
 * answers like a missing one). Every change is audited with before and after; every refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class LegalAidService {

    /** The audit log's entity type. */
    public static final String ENTITY = "LegalMatter";

    @Inject
    private LegalMatterRepository matters;

    @Inject
    private RightsIntake intake;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public LegalMatterView record(LegalMatterForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        IdNumber id = intake.idNumber(f.idNumber(), today);
        DivisionCode division = intake.division(f.divisionCode());
        Long personId = intake.registeredPerson(id);
        LegalMatter matter = new LegalMatter(f.kind(), f.personName(), f.contact(), id, personId, f.matter(),
                division, f.openedOn(), today);
        intake.place(me, division);
        matters.store(matter);
        audit.record(me.username(), AuditAction.CREATE, ENTITY, matter.id(), division.value(),
                "登记" + matter.kind().chineseName() + " legal matter recorded", null, state(matter));
        return LegalMatterView.of(matter);
    }

    /** Records the outcome of a matter of the version the caller read. */
    public LegalMatterView conclude(long id, int expectedVersion, LocalDate day, LegalOutcome outcome, String note) {
        StaffUser me = currentStaff.require();
        LegalMatter matter = visible(me, id);
        if (matter.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = state(matter);
        matter.conclude(day, outcome, note, PlatformClock.today());
        matters.store(matter);
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, matter.id(), matter.division().value(),
                "办结" + matter.kind().chineseName() + " legal matter concluded", before, state(matter));
        return LegalMatterView.of(matter);
    }

    public LegalMatterView matter(long id) {
        return LegalMatterView.of(visible(currentStaff.require(), id));
    }

    /** The matters of the caller's jurisdiction opened in a period, newest first (of a kind when given). */
    public List<LegalMatterView> matters(LegalMatterKind kind, LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return matters.openedBetween(me.jurisdiction(), kind, from, to).stream().map(LegalMatterView::of).toList();
    }

    private LegalMatter visible(StaffUser me, long id) {
        return matters.find(id).filter(m -> me.jurisdiction().contains(m.division()))
                .orElseThrow(() -> new NotFoundException("legalMatter", "legal.notFound"));
    }

    private static Map<String, Object> state(LegalMatter m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", m.kind().name());
        s.put("personName", m.personName());
        s.put("phone", m.contact());
        s.put("idNumber", m.idNumber() == null ? null : m.idNumber().value());
        s.put("personId", m.personId());
        s.put("division", m.division().value());
        s.put("openedOn", String.valueOf(m.openedOn()));
        s.put("outcome", m.outcome() == null ? null : m.outcome().name());
        s.put("outcomeNote", m.outcomeNote());
        s.put("concludedOn", String.valueOf(m.concludedOn()));
        return s;
    }
}
