package cn.xndpf.application.rights;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rights.Petition;
import cn.xndpf.domain.rights.PetitionDeadlines;
import cn.xndpf.domain.rights.PetitionRepository;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.rights.Satisfaction;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Petitions (信访) from registration to closure. District and city staff register petitions for a responsible
 * division inside their jurisdiction and see only the petitions of divisions inside it (one outside answers
 * like a missing one); each step is checked by the {@link Petition} against the deadlines of the settings in
 * force on the day it was received, refused on a stale version, and audited with the state before and after
 * in the same transaction. Every refusal changes and audits nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PetitionService {

    /** The audit log's entity type of a petition. */
    public static final String ENTITY = "Petition";

    @Inject
    private PetitionRepository petitions;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private RightsIntake intake;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    public PetitionView register(PetitionForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        IdNumber id = intake.idNumber(f.idNumber(), today);
        // a blank division is said by the petition, in the order of the form's fields
        DivisionCode division = intake.division(f.divisionCode());
        Long personId = intake.registeredPerson(id);
        // without a day the petition refuses in its turn; the settings of today stand in for the missing day
        PetitionDeadlines deadlines = deadlinesOn(f.receivedOn() == null ? today : f.receivedOn());
        Petition petition = new Petition(f.channel(), f.petitionerName(), f.contact(), id, personId, f.matter(),
                division, f.receivedOn(), deadlines, me.username(), today);
        intake.place(me, division);
        petitions.store(petition);
        audit.record(me.username(), AuditAction.CREATE, ENTITY, petition.id(), division.value(),
                "登记信访事项 petition received", null, state(petition, null));
        return PetitionView.full(petition, today);
    }

    /** One petition of the caller's jurisdiction with its timeline. */
    public PetitionView petition(long id) {
        return PetitionView.full(visible(currentStaff.require(), id), PlatformClock.today());
    }

    /**
     * Opens a petition's page (查看信访事项): the petition with its timeline, the opening audited as a view, as the
     * opening of a person's full record is. Another division's petition answers like a missing one, unaudited.
     */
    public PetitionView open(long id) {
        StaffUser me = currentStaff.require();
        Petition petition = visible(me, id);
        audit.record(me.username(), AuditAction.VIEW, ENTITY, petition.id(), petition.division().value(),
                "查看信访事项 petition opened", null, null);
        return PetitionView.full(petition, PlatformClock.today());
    }

    /** The days ahead the reminder list looks by default (the setting in force today). */
    public int reminderDays() {
        return deadlinesOn(PlatformClock.today()).reminderDays();
    }

    /** The open petitions of the caller's jurisdiction: overdue first, then by deadline. */
    public List<PetitionView> openPetitions() {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        return petitions.openWithin(me.jurisdiction(), today).stream().map(p -> PetitionView.row(p, today)).toList();
    }

    /** The open petitions whose deadline has passed. */
    public List<PetitionView> overdue() {
        return openPetitions().stream().filter(PetitionView::overdue).toList();
    }

    /**
     * The reminder list (到期提醒): open petitions whose deadline falls from today to {@code days} days on
     * (the setting {@value PetitionDeadlines#REMINDER_DAYS} in force today when {@code days} is null).
     */
    public List<PetitionView> dueWithin(Integer days) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        int n = days == null ? deadlinesOn(today).reminderDays() : days;
        if (n < 0 || n > 366) {
            throw new InvalidValueException("days", "petition.reminderRange");
        }
        return petitions.dueBetween(me.jurisdiction(), today, today.plusDays(n)).stream()
                .map(p -> PetitionView.row(p, today)).toList();
    }

    /** The closure rate of the petitions of the caller's jurisdiction received from {@code from} to {@code to}. */
    public ClosureRate closureRate(LocalDate from, LocalDate to) {
        StaffUser me = currentStaff.require();
        List<Petition> received = petitions.receivedBetween(me.jurisdiction(), from, to);
        return new ClosureRate(received.size(), received.stream().filter(p -> p.acceptedOn() != null).count(),
                received.stream().filter(p -> p.state() == PetitionState.CLOSED).count());
    }

    /** Hands the petition to another responsible division inside the caller's jurisdiction (交办). */
    public PetitionView assign(long id, int expectedVersion, String divisionCode) {
        return change(id, expectedVersion, "交办信访事项 petition assigned", divisionCode, (p, me, today) -> {
            DivisionCode to = parsed(divisionCode);
            p.assign(to, me.username(), today);
            intake.place(me, to);
        });
    }

    public PetitionView accept(long id, int expectedVersion, LocalDate day) {
        return change(id, expectedVersion, "受理信访事项 petition accepted", null,
                (p, me, today) -> p.accept(day, deadlinesOn(p.receivedOn()), me.username(), today));
    }

    public PetitionView refuse(long id, int expectedVersion, LocalDate day, String reason) {
        return change(id, expectedVersion, "不予受理 petition not accepted", reason,
                (p, me, today) -> p.refuse(day, reason, me.username(), today));
    }

    public PetitionView extend(long id, int expectedVersion, Integer days, String notice) {
        return change(id, expectedVersion, "延长办理期限 answer deadline extended", notice, (p, me, today) -> {
            if (days == null) {
                throw new InvalidValueException("extensionDays", "petition.extensionRange",
                        deadlinesOn(p.receivedOn()).extensionMaxDays());
            }
            p.extend(days, notice, deadlinesOn(p.receivedOn()), me.username(), today);
        });
    }

    public PetitionView answer(long id, int expectedVersion, LocalDate day, String answer) {
        return change(id, expectedVersion, "答复信访事项 petition answered", answer,
                (p, me, today) -> p.answer(day, answer, deadlinesOn(p.receivedOn()), me.username(), today));
    }

    public PetitionView requestReview(long id, int expectedVersion, LocalDate day, String request) {
        return change(id, expectedVersion, "请求复查 review requested", request,
                (p, me, today) -> p.requestReview(day, request, deadlinesOn(p.receivedOn()), me.username(), today));
    }

    public PetitionView decideReview(long id, int expectedVersion, LocalDate day, String decision) {
        return change(id, expectedVersion, "复查答复 review decided", decision,
                (p, me, today) -> p.decideReview(day, decision, me.username(), today));
    }

    public PetitionView close(long id, int expectedVersion, LocalDate day, Satisfaction satisfaction) {
        return change(id, expectedVersion, "办结信访事项 petition closed", null,
                (p, me, today) -> p.close(day, satisfaction, me.username(), today));
    }

    @FunctionalInterface
    private interface Step {
        void apply(Petition petition, StaffUser me, LocalDate today);
    }

    /**
     * One step on a visible petition of the version the caller read; a refusal thrown by the step or after it
     * rolls back with the transaction, and nothing is audited.
     */
    private PetitionView change(long id, int expectedVersion, String summary, String note, Step step) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Petition petition = visible(me, id);
        if (petition.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = state(petition, null);
        DivisionCode was = petition.division();
        step.apply(petition, me, today);
        petitions.store(petition);
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, petition.id(), was.value(), summary, before,
                state(petition, note));
        return PetitionView.full(petition, today);
    }

    private Petition visible(StaffUser me, long id) {
        return petitions.find(id).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("petition", "petition.notFound"));
    }

    private PetitionDeadlines deadlinesOn(LocalDate day) {
        return PetitionDeadlines.inForceOn(day, (key, d) -> settings.valueOn(key, d).orElse(null));
    }

    private static DivisionCode parsed(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(DivisionCode.FIELD, "petition.divisionRequired");
        }
        return DivisionCode.of(raw.trim());
    }

    private static Map<String, Object> state(Petition p, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", p.channel().name());
        m.put("petitionerName", p.petitionerName());
        m.put("phone", p.contact());
        m.put("idNumber", p.idNumber() == null ? null : p.idNumber().value());
        m.put("personId", p.personId());
        m.put("division", p.division().value());
        m.put("receivedOn", String.valueOf(p.receivedOn()));
        m.put("state", p.state().name());
        m.put("dueOn", String.valueOf(p.dueOn()));
        m.put("extendedDays", p.extendedDays());
        m.put("satisfaction", p.satisfaction() == null ? null : p.satisfaction().name());
        if (note != null) {
            m.put("note", note);
        }
        return m;
    }
}
