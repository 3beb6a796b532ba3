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
 * jurisdiction, so the answer reveals nobody else's registration) and the others counted, and list them.
 * Recording is audited; a refusal records nothing.
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
        DivisionCode division = f.divisionCode() == null || f.divisionCode().isBlank() ? null
                : DivisionCode.of(f.divisionCode().trim());
        Set<Long> participants = new LinkedHashSet<>();
        String raw = f.participantIdNumbers() == null ? "" : f.participantIdNumbers().trim();
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
        CultureEvent event = new CultureEvent(f.kind(), f.title(), f.organiser(), f.place(), f.heldOn(), division,
                participants, f.otherParticipants(), today);
        place(me, division);
        events.store(event);
        audit.record(me.username(), AuditAction.CREATE, ENTITY, event.id(), division.value(),
                "登记文体活动 culture event recorded", null, state(event));
        return CultureEventView.of(event);
    }

    public CultureEventView event(long id) {
        StaffUser me = currentStaff.require();
        return events.find(id).filter(e -> me.jurisdiction().contains(e.division())).map(CultureEventView::of)
                .orElseThrow(() -> new NotFoundException("event", "culture.notFound"));
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
