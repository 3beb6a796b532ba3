package cn.xndpf.application.accessibility;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityCount;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.accessibility.FacilityRepository;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public accessible facility inventory (无障碍设施台账): entries by division, kind and name with their dated
 * counts (清点), each holding from its day on, revised with the version read, and their inspections (检查) with
 * findings and the day they were fixed. District staff keep their county's, city staff the whole city's; another
 * jurisdiction's entry answers as unknown. Every change is audited ({@code AccessibleFacility}).
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class FacilityInventoryService {

    private static final String ENTITY = "AccessibleFacility";

    @Inject
    private FacilityRepository facilities;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * A new entry in a known division of the caller's jurisdiction, counted from {@code day} (not in the future);
     * one entry a division, kind and name.
     */
    public FacilityView record(String divisionCode, FacilityKind kind, String name, Integer quantity, LocalDate day) {
        StaffUser me = currentStaff.require();
        DivisionCode division = divisionCode == null || divisionCode.isBlank() ? null : DivisionCode.of(divisionCode.trim());
        if (division != null) {
            if (divisions.find(division).isEmpty()) {
                throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
            }
            if (!me.jurisdiction().contains(division)) {
                throw new AccessDeniedException(DivisionCode.FIELD);
            }
        }
        LocalDate today = PlatformClock.today();
        AccessibleFacility f = new AccessibleFacility(division, kind, name, quantity, day, today, me.username());
        if (facilities.exists(f.division(), f.kind(), f.name())) {
            throw new InvalidValueException("name", "facility.duplicate");
        }
        facilities.store(f);
        em.flush();
        FacilityCount first = f.count(quantity, day, null, today, me.username());
        facilities.store(first);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, ENTITY, f.id(), f.division().value(),
                "无障碍设施 " + f.kind().chineseName() + " " + f.name(), null, snapshot(f, first));
        return FacilityView.of(f, first, null);
    }

    /**
     * The entry's count from {@code day} on, checked against the version the caller read: a day not in the future
     * and not before the entry's latest count; on the latest count's own day, a correction that replaces it.
     * Audited with the latest count before and the count after.
     */
    public FacilityView recount(long facilityId, int expectedVersion, LocalDate day, Integer quantity) {
        StaffUser me = currentStaff.require();
        AccessibleFacility f = visible(me, facilityId);
        if (f.version() != expectedVersion || !facilities.advanceVersion(f.id(), expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        em.refresh(f);
        FacilityCount latest = latest(f);
        Map<String, Object> before = snapshot(f, latest);
        FacilityCount count = f.count(quantity, day, latest, PlatformClock.today(), me.username());
        if (count != latest) {
            facilities.store(count);
        }
        em.flush();
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, f.id(), f.division().value(),
                "无障碍设施数量 " + f.kind().chineseName() + " " + f.name(), before, snapshot(f, count));
        return view(f);
    }

    /** An entry's counts over time, the latest first. */
    public List<FacilityView.CountView> counts(long facilityId) {
        AccessibleFacility f = visible(currentStaff.require(), facilityId);
        return facilities.countsOf(f.id()).stream().map(FacilityView.CountView::of).toList();
    }

    /** An inspection of a visible entry: day (not in the future), inspector, findings, fixed or not. */
    public FacilityView inspect(long facilityId, LocalDate day, String inspector, String findings, boolean fixed) {
        StaffUser me = currentStaff.require();
        AccessibleFacility f = visible(me, facilityId);
        FacilityInspection i = new FacilityInspection(f.id(), day, inspector, findings, fixed, PlatformClock.today(),
                me.username());
        facilities.store(i);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("inspection", i.id());
        after.put("inspectedOn", day.toString());
        after.put("inspector", i.inspector());
        after.put("findings", i.findings());
        after.put("fixedOn", i.fixedOn() == null ? null : i.fixedOn().toString());
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, f.id(), f.division().value(),
                "无障碍设施检查 " + f.name(), null, after);
        return view(f);
    }

    /** The findings of an open inspection fixed on {@code day}, once. */
    public FacilityView fixed(long inspectionId, LocalDate day) {
        StaffUser me = currentStaff.require();
        FacilityInspection i = facilities.inspection(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection", "facility.notFound"));
        AccessibleFacility f = visible(me, i.facilityId());
        i.fixed(day, PlatformClock.today());
        em.flush();
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, f.id(), f.division().value(),
                "无障碍设施整改 " + f.name(), Map.of("inspection", i.id(), "fixedOn", "-"),
                Map.of("inspection", i.id(), "fixedOn", day.toString()));
        return view(f);
    }

    /** The jurisdiction's entries with their latest count and latest inspection. */
    public List<FacilityView> list() {
        StaffUser me = currentStaff.require();
        Map<Long, FacilityCount> latest = facilities.latestCounts(me.jurisdiction());
        return facilities.inJurisdiction(me.jurisdiction()).stream()
                .map(f -> view(f, latest.get(f.id()))).toList();
    }

    /** An entry's inspections, newest first. */
    public List<FacilityView.InspectionView> inspections(long facilityId) {
        AccessibleFacility f = visible(currentStaff.require(), facilityId);
        return facilities.inspectionsOf(f.id()).stream().map(FacilityView.InspectionView::of).toList();
    }

    /** The jurisdiction's count of each kind now, the entries' latest counts (every kind, 0 where none). */
    public Map<FacilityKind, Integer> totalsByKind() {
        Map<FacilityKind, Integer> totals = new EnumMap<>(FacilityKind.class);
        for (FacilityKind k : FacilityKind.values()) {
            totals.put(k, 0);
        }
        DivisionCode jurisdiction = currentStaff.require().jurisdiction();
        Map<Long, FacilityCount> latest = facilities.latestCounts(jurisdiction);
        for (AccessibleFacility f : facilities.inJurisdiction(jurisdiction)) {
            FacilityCount c = latest.get(f.id());
            totals.merge(f.kind(), c == null ? 0 : c.quantity(), Integer::sum);
        }
        return totals;
    }

    private FacilityView view(AccessibleFacility f) {
        return view(f, latest(f));
    }

    private FacilityView view(AccessibleFacility f, FacilityCount latest) {
        List<FacilityInspection> all = facilities.inspectionsOf(f.id());
        return FacilityView.of(f, latest, all.isEmpty() ? null : all.get(0));
    }

    private FacilityCount latest(AccessibleFacility f) {
        List<FacilityCount> counts = facilities.countsOf(f.id());
        return counts.isEmpty() ? null : counts.get(0);
    }

    private AccessibleFacility visible(StaffUser me, long id) {
        return facilities.find(id).filter(f -> me.jurisdiction().contains(f.division()))
                .orElseThrow(() -> new NotFoundException("facility", "facility.notFound"));
    }

    private static Map<String, Object> snapshot(AccessibleFacility f, FacilityCount count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("division", f.division().value());
        m.put("kind", f.kind().name());
        m.put("name", f.name());
        m.put("quantity", count == null ? null : count.quantity());
        m.put("countedOn", count == null ? null : count.countedOn().toString());
        return m;
    }
}
