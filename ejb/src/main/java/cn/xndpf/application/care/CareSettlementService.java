package cn.xndpf.application.care;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.care.CareRepository;
import cn.xndpf.domain.care.CareRules;
import cn.xndpf.domain.care.CareSettlement;
import cn.xndpf.domain.care.CareSettlementLine;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly settlement of the care subsidy per institution (阳光家园补助结算): for a care institution and a
 * month that is over, each person enrolled for care that month with the days or visits recorded for them,
 * paid at the care kind's dated monthly rate (in full from the dated full-month count, else its share), and
 * the total. Settled once: asking again for a settled month answers the stored settlement and changes
 * nothing (the unique key on institution and month guards two requests at once).
 *
 * <p>A service, not a batch job: one settlement covers one institution's places (at most a few hundred
 * people) and is written in one short transaction, so it either exists whole or not at all; a failure
 * leaves nothing to restart, and running it again is the restart.
 */
@Stateless
@DeclareRoles({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class CareSettlementService {

    /** The audit log's entity type. */
    public static final String ENTITY = "CareSettlement";

    @Inject
    private CareRepository care;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * Settles a care institution of the caller's jurisdiction for a month that is over, or answers the month's
     * settlement if it was made before (then nothing changes and nothing is audited).
     */
    public CareSettlementView settle(long institutionId, YearMonth month) {
        StaffUser me = currentStaff.require();
        Institution institution = institutions.find(institutionId)
                .filter(i -> me.jurisdiction().contains(i.division()))
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (institution.kind() != InstitutionKind.CARE) {
            throw new InvalidValueException("institutionId", "care.institutionNotCare");
        }
        if (month == null) {
            throw new InvalidValueException("month", "date.required");
        }
        if (!month.isBefore(YearMonth.from(PlatformClock.today()))) {
            throw new InvalidValueException("month", "care.monthNotOver");
        }
        var existing = care.settlement(institutionId, month);
        if (existing.isPresent()) {
            return CareSettlementView.of(existing.get());
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        CareSettlement s = new CareSettlement(institution, month, me.username(), Instant.now());
        List<cn.xndpf.domain.institution.ServiceKind> services = Arrays.stream(CareKind.values())
                .map(CareKind::service).toList();
        for (Enrolment e : care.enrolments(institutionId, services, first, last)) {
            CareKind kind = CareKind.of(e.service());
            int units = (int) care.recordedUnits(e.person().id(), institutionId, e.service(), first, last);
            BigDecimal rate = settings.valueOn(CareRules.monthlyAmountKey(kind), first).map(BigDecimal::new)
                    .orElseThrow(() -> new InvalidValueException("month", "care.noRate", month.toString()));
            int full = settings.valueOn(CareRules.fullMonthUnitsKey(kind), first).map(Integer::parseInt)
                    .orElseThrow(() -> new InvalidValueException("month", "care.noRate", month.toString()));
            s.add(new CareSettlementLine.Draft(e, kind, units, rate, CareRules.monthlySubsidy(rate, full, units)));
        }
        care.store(s);
        try {
            em.flush();
        } catch (PersistenceException twoAtOnce) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("institution", institutionId);
        after.put("month", month.toString());
        after.put("persons", s.persons());
        after.put("units", s.units());
        after.put("totalAmount", s.totalAmount().toPlainString());
        audit.record(me.username(), AuditAction.CREATE, ENTITY, s.id(), institution.division().value(),
                "阳光家园补助结算 " + institution.name() + " " + month, null, after);
        return CareSettlementView.of(s);
    }

    /** A month's settlements of the care institutions of the caller's jurisdiction. */
    public List<CareSettlementView> settlements(YearMonth month) {
        StaffUser me = currentStaff.require();
        return care.settlements(me.jurisdiction(), month == null ? YearMonth.from(PlatformClock.today()).minusMonths(1)
                : month).stream().map(CareSettlementView::of).toList();
    }
}
