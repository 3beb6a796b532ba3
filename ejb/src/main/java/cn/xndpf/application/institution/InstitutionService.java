package cn.xndpf.application.institution;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InvalidValueException;
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
 * The registry of service providers (服务机构登记): district and city staff list, register and revise the
 * institutions within their jurisdiction; an institution stays in its registrant's jurisdiction (a
 * revision may not move it out). Every change is audited with the state before and after; every refusal
 * changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class InstitutionService {

    /** The audit log's entity type of an institution. */
    public static final String ENTITY = "Institution";

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private DivisionRepository divisions;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /** The institutions within the caller's jurisdiction, by division and name. */
    public List<InstitutionView> institutions() {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        return institutions.within(me.jurisdiction()).stream().map(i -> InstitutionView.of(i, today)).toList();
    }

    /** One institution of the caller's jurisdiction; one outside it looks like an unknown one. */
    public InstitutionView institution(long id) {
        return InstitutionView.of(visible(currentStaff.require(), id), PlatformClock.today());
    }

    public InstitutionView register(InstitutionForm f) {
        StaffUser me = currentStaff.require();
        Institution institution = new Institution(f.name(), f.kind(), f.qualification(), f.services(), f.capacity(),
                parsed(f.divisionCode()), period(f));
        place(me, institution.division());
        institutions.store(institution);
        audit.record(me.username(), AuditAction.CREATE, ENTITY, institution.id(), institution.division().value(),
                "登记服务机构 institution registered", null, state(institution));
        return InstitutionView.of(institution, PlatformClock.today());
    }

    /**
     * Replaces an institution's facts. {@code expectedVersion} is the version the caller read: a change
     * someone else saved in between is refused rather than overwritten.
     */
    public InstitutionView revise(long id, int expectedVersion, InstitutionForm f) {
        StaffUser me = currentStaff.require();
        Institution institution = visible(me, id);
        if (institution.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = state(institution);
        // a refusal after this rolls the revision back with the transaction
        institution.revise(f.name(), f.kind(), f.qualification(), f.services(), f.capacity(),
                parsed(f.divisionCode()), period(f));
        place(me, institution.division());
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, institution.id(), institution.division().value(),
                "修改服务机构 institution revised", before, state(institution));
        return InstitutionView.of(institution, PlatformClock.today());
    }

    private Institution visible(StaffUser me, long id) {
        return institutions.find(id).filter(i -> me.jurisdiction().contains(i.division()))
                .orElseThrow(() -> new InvalidValueException("institution", "institution.notFound"));
    }

    /**
     * The division as typed, or null when blank: the entity then says it is missing, in the order of the
     * form's fields, before the registry is asked whether it exists.
     */
    private static DivisionCode parsed(String raw) {
        return raw == null || raw.isBlank() ? null : DivisionCode.of(raw.trim());
    }

    /** A known division inside the caller's jurisdiction. */
    private void place(StaffUser me, DivisionCode division) {
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
    }

    /** The validity, or null without a first day (the entity then says so in its turn). */
    private static DatedPeriod period(InstitutionForm f) {
        return f.validFrom() == null ? null : DatedPeriod.of(f.validFrom(), f.validTo());
    }

    private static Map<String, Object> state(Institution i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("kind", i.kind().name());
        m.put("qualification", i.qualification());
        m.put("services", i.services().stream().map(Enum::name).toList());
        m.put("capacity", i.capacity());
        m.put("division", i.division().value());
        m.put("validFrom", String.valueOf(i.validity().validFrom()));
        m.put("validTo", String.valueOf(i.validity().validTo()));
        return m;
    }
}
