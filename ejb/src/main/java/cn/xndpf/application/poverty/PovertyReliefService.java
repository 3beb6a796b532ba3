package cn.xndpf.application.poverty;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.poverty.MeasureKind;
import cn.xndpf.domain.poverty.PovertyHistory;
import cn.xndpf.domain.poverty.PovertyMeasure;
import cn.xndpf.domain.poverty.PovertyMonitoring;
import cn.xndpf.domain.poverty.PovertyRepository;
import cn.xndpf.domain.poverty.PovertyStatusChange;
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
 * Poverty relief (脱贫解困) and return-to-poverty monitoring (防返贫监测): district and city staff record a registry
 * household of their jurisdiction poor or lifted out of poverty (a new row per change, never overwritten), put it
 * under monitoring with its risks, record the measures taken and the day its risk was removed. A household of
 * another jurisdiction answers like an unknown number, so the answer tells nothing of anyone else's registration.
 * Every change is audited (the household by its row id); a refusal changes and audits nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PovertyReliefService {

    /** The audit log's entity types. */
    public static final String STATUS = "PovertyStatus";
    public static final String MONITORING = "PovertyMonitoring";

    private static final int LIST_MAX = 500;

    @Inject
    private PovertyRepository poverty;

    @Inject
    private PersonRepository people;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /** Records a change of the household's status (贫困, 脱贫, 返贫) from a day; the history keeps every change. */
    public HouseholdPovertyView recordStatus(PovertyStatusForm f) {
        StaffUser me = currentStaff.require();
        Household h = household(me, f.householdNumber());
        poverty.lockHousehold(h.id());
        List<PovertyStatusChange> history = poverty.history(h.id());
        PovertyStatusChange change = PovertyHistory.next(h.id(), h.division(), history, f.status(), f.poorKind(),
                f.effectiveOn(), f.note(), me.username(), PlatformClock.today());
        poverty.add(change);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("householdId", h.id());
        after.put("seq", change.seq());
        after.put("status", change.status().name());
        after.put("poorKind", change.poorKind() == null ? null : change.poorKind().name());
        after.put("effectiveOn", change.effectiveOn().toString());
        after.put("note", change.note());
        Map<String, Object> before = history.isEmpty() ? null
                : Map.of("status", history.get(history.size() - 1).status().name());
        audit.record(me.username(), AuditAction.CREATE, STATUS, change.id(), h.division().value(),
                "贫困户状态登记 poverty status recorded", before, after);
        return view(h);
    }

    /** A household of the caller's jurisdiction by its number: members, status history, monitorings. */
    public HouseholdPovertyView household(String householdNumber) {
        return view(household(currentStaff.require(), householdNumber));
    }

    /** The households of the caller's jurisdiction ever recorded, with their status now, latest change first. */
    public List<HouseholdStatusRow> households() {
        StaffUser me = currentStaff.require();
        return poverty.latest(me.jurisdiction(), LIST_MAX).stream().map(s -> new HouseholdStatusRow(
                number(s.householdId()), s.division().value(), s.status(), s.poorKind(), s.effectiveOn())).toList();
    }

    /** Puts the household under monitoring (纳入防返贫监测) with its risks; one open monitoring per household. */
    public HouseholdPovertyView startMonitoring(MonitoringForm f) {
        StaffUser me = currentStaff.require();
        Household h = household(me, f.householdNumber());
        poverty.lockHousehold(h.id());
        PovertyMonitoring m = new PovertyMonitoring(h.id(), h.division(), f.startedOn(), f.risks(), f.note(),
                me.username(), PlatformClock.today());
        poverty.monitorings(h.id()).stream().filter(PovertyMonitoring::isOpen).findFirst().ifPresent(open -> {
            throw new InvalidValueException("householdNumber", "poverty.alreadyMonitored", open.startedOn().toString());
        });
        poverty.store(m);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("householdId", h.id());
        after.put("startedOn", m.startedOn().toString());
        after.put("risks", m.risks().stream().map(Enum::name).toList());
        after.put("note", m.note());
        audit.record(me.username(), AuditAction.CREATE, MONITORING, m.id(), h.division().value(),
                "纳入防返贫监测 household monitored", null, after);
        return view(h);
    }

    /** Records a measure taken (帮扶措施) for a monitoring of the version the caller read. */
    public MonitoringView takeMeasure(long monitoringId, int expectedVersion, MeasureKind kind, LocalDate day,
                                      String note) {
        StaffUser me = currentStaff.require();
        PovertyMonitoring m = monitoring(me, monitoringId, expectedVersion);
        PovertyMeasure measure = m.take(kind, day, note, PlatformClock.today());
        poverty.store(m);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("measureId", measure.id());
        after.put("kind", measure.kind().name());
        after.put("takenOn", measure.takenOn().toString());
        after.put("note", measure.note());
        audit.record(me.username(), AuditAction.UPDATE, MONITORING, m.id(), m.division().value(),
                "防返贫帮扶措施 measure taken", null, after);
        return view(m);
    }

    /** Records that the monitoring's risk was removed (风险消除) on {@code day}. */
    public MonitoringView removeRisk(long monitoringId, int expectedVersion, LocalDate day) {
        StaffUser me = currentStaff.require();
        PovertyMonitoring m = monitoring(me, monitoringId, expectedVersion);
        m.removeRisk(day, PlatformClock.today());
        poverty.store(m);
        audit.record(me.username(), AuditAction.UPDATE, MONITORING, m.id(), m.division().value(),
                "防返贫风险消除 risk removed", Map.of("riskRemovedOn", "-"),
                Map.of("riskRemovedOn", m.riskRemovedOn().toString()));
        return view(m);
    }

    /** The monitorings of the caller's jurisdiction whose risk is still open, oldest first. */
    public List<MonitoringView> monitored() {
        StaffUser me = currentStaff.require();
        return poverty.openMonitorings(me.jurisdiction(), LIST_MAX).stream().map(this::view).toList();
    }

    private PovertyMonitoring monitoring(StaffUser me, long id, int expectedVersion) {
        PovertyMonitoring m = poverty.findMonitoring(id).filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new NotFoundException("monitoring", "poverty.monitoringNotFound"));
        if (m.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return m;
    }

    private Household household(StaffUser me, String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidValueException("householdNumber", "poverty.householdRequired");
        }
        return people.findHouseholdByNumber(number.trim()).filter(h -> me.jurisdiction().contains(h.division()))
                .orElseThrow(() -> new InvalidValueException("householdNumber", "poverty.householdNotFound"));
    }

    private String number(long householdId) {
        return people.findHousehold(householdId).map(Household::householdNumber).orElse(null);
    }

    private HouseholdPovertyView view(Household h) {
        return new HouseholdPovertyView(h.id(), h.householdNumber(), h.division().value(),
                poverty.members(h.id()).stream().map(p -> p.name() + " " + p.idNumber().masked()).toList(),
                poverty.history(h.id()).stream().map(s -> new HouseholdPovertyView.StatusRow(s.seq(), s.status(),
                        s.poorKind(), s.effectiveOn(), s.note(), s.recordedBy())).toList(),
                poverty.monitorings(h.id()).stream().map(this::view).toList());
    }

    private MonitoringView view(PovertyMonitoring m) {
        return new MonitoringView(m.id(), m.version(), number(m.householdId()), m.division().value(), m.startedOn(),
                m.risks().stream().sorted().toList(), m.note(),
                m.measures().stream().map(x -> new MonitoringView.Measure(x.kind(), x.takenOn(), x.note())).toList(),
                m.riskRemovedOn());
    }
}
