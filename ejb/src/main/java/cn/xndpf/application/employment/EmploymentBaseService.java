package cn.xndpf.application.employment;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.employment.EmploymentBase;
import cn.xndpf.domain.employment.EmploymentBaseKind;
import cn.xndpf.domain.employment.ShelteredEmploymentRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Employment and entrepreneurship bases (就业创业基地): recognised by the federation on a day, of a kind of the code
 * table (就业基地, 创业孵化基地, the intangible-heritage crafts 掐丝, 堆绣, 皮绣), in a division, with the disabled people
 * employed there. District and city staff, their jurisdiction only; audited; every refusal changes nothing.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class EmploymentBaseService {

    /** The audit log's entity type. */
    public static final String BASE = "EmploymentBase";

    private static final int MAX_LIST = 500;

    @Inject
    private ShelteredEmploymentRepository bases;

    @Inject
    private DivisionRepository divisions;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /** The kinds of base, in the code table's order. */
    public List<BaseView.Kind> kinds() {
        return bases.baseKinds().stream()
                .map(k -> new BaseView.Kind(k.code(), k.nameZh(), k.nameEn(), k.heritage())).toList();
    }

    /** Records a base recognised on a day that is not to come, in a division of the caller's jurisdiction. */
    public BaseView recognise(BaseForm f) {
        StaffUser me = currentStaff.require();
        DivisionCode division = f.divisionCode() == null || f.divisionCode().isBlank() ? null
                : DivisionCode.of(f.divisionCode().strip());
        EmploymentBaseKind kind = f.kindCode() == null || f.kindCode().isBlank() ? null
                : bases.baseKind(f.kindCode().strip())
                .orElseThrow(() -> new InvalidValueException("kind", "employment.base.kindUnknown"));
        EmploymentBase base = new EmploymentBase(f.name(), kind, division, f.recognisedOn(), f.disabledEmployed(),
                PlatformClock.today());
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        if (bases.baseNamed(division, base.name())) {
            throw new InvalidValueException("name", "employment.base.exists");
        }
        bases.store(base);
        audit.record(me.username(), AuditAction.CREATE, BASE, base.id(), division.value(),
                "认定就业创业基地 employment base recognised", null, snapshot(base));
        return BaseView.of(base);
    }

    /** Revises the disabled people employed at a base, against the version read. */
    public BaseView employ(long id, int expectedVersion, Integer disabledEmployed) {
        StaffUser me = currentStaff.require();
        EmploymentBase base = visible(me, id);
        if (base.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = snapshot(base);
        base.employ(disabledEmployed);
        bases.store(base);
        audit.record(me.username(), AuditAction.UPDATE, BASE, base.id(), base.division().value(),
                "就业创业基地安置人数 employment base revised", before, snapshot(base));
        return BaseView.of(base);
    }

    /** The bases of the caller's jurisdiction, by division and name. */
    public List<BaseView> bases() {
        return bases.basesWithin(currentStaff.require().jurisdiction(), MAX_LIST).stream().map(BaseView::of).toList();
    }

    private EmploymentBase visible(StaffUser me, long id) {
        return bases.base(id).filter(b -> me.jurisdiction().contains(b.division()))
                .orElseThrow(() -> new InvalidValueException("base", "employment.base.notFound"));
    }

    private static Map<String, Object> snapshot(EmploymentBase b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("kind", b.kind().code());
        m.put("division", b.division().value());
        m.put("recognisedOn", b.recognisedOn().toString());
        m.put("disabledEmployed", b.disabledEmployed());
        return m;
    }
}
