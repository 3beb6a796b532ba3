package cn.xndpf.application.culture;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.culture.CultureEvent;
import cn.xndpf.domain.culture.CultureEventRepository;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Culture and sports events (文体活动): district and city staff record the events of divisions in their
 * jurisdiction with the registered people who took part (by ID number; only people registered in the caller's
 * jurisdiction, so the answer reveals nobody else's registration) and the others counted, list them, and revise
 * or delete one with the version they read. Every change is audited; a refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class CultureEventService {

    /** The audit log's entity type. */
    public static final String ENTITY = "CultureEvent";

    @Inject
    private CultureEventRepository events;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private PersonRepository people;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public CultureEventView record(CultureEventForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        DivisionCode division = division(f);
        Set<Long> participants = participants(me, f.participantIdNumbers(), today);
        CultureEvent event = new CultureEvent(f.kind(), f.title(), f.organiser(), f.place(), f.heldOn(), division,
                participants, f.otherParticipants(), today);
        place(me, division);
        events.store(event);
        audit.record(me.username(), AuditAction.CREATE, ENTITY, event.id(), division.value(),
                "登记文体活动 culture event recorded", null, state(event));
        return CultureEventView.of(event);
    }

    /**
     * Revises an event of the version the caller read (修改文体活动) under the rules of a new one, inside the
     * caller's jurisdiction (where it was and where it goes). {@code participantIdNumbers} null keeps the
     * registered participants; otherwise they are replaced by the numbers given. Audited with before and after.
     */
    public CultureEventView revise(long id, int expectedVersion, CultureEventForm f) {
        StaffUser me = currentStaff.require();
        CultureEvent event = visible(me, id);
        if (event.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        LocalDate today = PlatformClock.today();
        DivisionCode division = division(f);
        Set<Long> participants = f.participantIdNumbers() == null ? event.participants()
                : participants(me, f.participantIdNumbers(), today);
        if (division != null) {
            place(me, division);
        }
        Map<String, Object> before = state(event);
        event.revise(f.kind(), f.title(), f.organiser(), f.place(), f.heldOn(), division, Set.copyOf(participants),
                f.otherParticipants(), today);
        events.store(event);
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, event.id(), division.value(),
                "修改文体活动 culture event revised", before, state(event));
        return CultureEventView.of(event);
    }

    /** Deletes an event of the version the caller read (删除文体活动), inside the jurisdiction; audited with what it was. */
    public void delete(long id, int expectedVersion) {
        StaffUser me = currentStaff.require();
        CultureEvent event = visible(me, id);
        if (event.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = state(event);
        events.delete(event);
        audit.record(me.username(), AuditAction.DELETE, ENTITY, id, event.division().value(),
                "删除文体活动 culture event deleted", before, null);
    }

    private static DivisionCode division(CultureEventForm f) {
        return f.divisionCode() == null || f.divisionCode().isBlank() ? null : DivisionCode.of(f.divisionCode().trim());
    }

    /** The registered people the typed ID numbers name, each once; only people of the caller's jurisdiction. */
    private Set<Long> participants(StaffUser me, String typedNumbers, LocalDate today) {
        Set<Long> participants = new LinkedHashSet<>();
        String raw = typedNumbers == null ? "" : typedNumbers.trim();
        if (!raw.isEmpty()) {
            for (String typed : raw.split("[\\s,，、;；]+")) {
                IdNumber id;
                try {
                    id = IdNumber.of(typed, today);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("participants", e.key(), e.args());
                }
                Person person = people.findByIdNumber(id).filter(p -> me.jurisdiction().contains(p.division()))
                        .orElseThrow(() -> new InvalidValueException("participants", "culture.unregistered",
                                id.masked()));
                participants.add(person.id());
            }
        }
        return participants;
    }

    private CultureEvent visible(StaffUser me, long id) {
        return events.find(id).filter(e -> me.jurisdiction().contains(e.division()))
                .orElseThrow(() -> new NotFoundException("event", "culture.notFound"));
    }

    public CultureEventView event(long id) {
        StaffUser me = currentStaff.require();
        return CultureEventView.of(visible(me, id));
    }

    /** The events of the caller's jurisdiction held in a period, newest first. */
    public List<CultureEventView> events(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return events.heldBetween(me.jurisdiction(), from, to).stream().map(CultureEventView::of).toList();
    }

    private void place(StaffUser me, DivisionCode division) {
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
    }

    private static Map<String, Object> state(CultureEvent e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", e.kind().name());
        s.put("title", e.title());
        s.put("organiser", e.organiser());
        s.put("place", e.place());
        s.put("heldOn", String.valueOf(e.heldOn()));
        s.put("division", e.division().value());
        s.put("participantPersonIds", e.participants().stream().sorted().toList());
        s.put("otherParticipants", e.otherParticipants());
        return s;
    }
}
