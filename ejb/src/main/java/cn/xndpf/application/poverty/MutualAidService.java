package cn.xndpf.application.poverty;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.poverty.MutualAidPayment;
import cn.xndpf.domain.poverty.MutualAidPilot;
import cn.xndpf.domain.poverty.MutualAidRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neighbour mutual-aid pilots (邻里互助): the city opens a pilot in a division with its monthly amount and dates
 * new amounts; district and city staff pay a neighbour (by ID number; need not be registered, must not be of the
 * household) for a month of helping a registry household of their jurisdiction inside the pilot's area, at the
 * amount in force on the month's first day. A month is paid once per helper and household: asking again is
 * refused and changes nothing (the table's unique key backs the check). Everything is audited (the household by
 * its row id, the helper's number masked).
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class MutualAidService {

    /** The audit log's entity types. */
    public static final String PILOT = "MutualAidPilot";
    public static final String PAYMENT = "MutualAidPayment";

    @Inject
    private MutualAidRepository mutualAid;

    @Inject
    private PersonRepository people;

    @Inject
    private DivisionRepository divisions;

    @EJB
    private CurrentStaff currentStaff;

    @EJB
    private AuditTrail audit;

    /** Opens a pilot (city staff): a known division, its days and its first monthly amount. */
    @RolesAllowed(Roles.CITY_STAFF)
    public MutualAidPilotView openPilot(String divisionCode, String name, LocalDate from, LocalDate to,
                                        BigDecimal monthlyAmount) {
        StaffUser me = currentStaff.require();
        DivisionCode division = divisionCode == null || divisionCode.isBlank() ? null
                : DivisionCode.of(divisionCode.trim());
        if (division != null && divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        MutualAidPilot pilot = new MutualAidPilot(division, name, DatedPeriod.of(from, to), monthlyAmount);
        mutualAid.store(pilot);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("division", division.value());
        after.put("name", pilot.name());
        after.put("validFrom", from.toString());
        after.put("validTo", to == null ? null : to.toString());
        after.put("monthlyAmount", monthlyAmount.toPlainString());
        audit.record(me.username(), AuditAction.CREATE, PILOT, pilot.id(), division.value(),
                "邻里互助试点设立 mutual-aid pilot opened", null, after);
        return view(pilot);
    }

    /** A new monthly amount of a pilot from a day (city staff); earlier months keep theirs. */
    @RolesAllowed(Roles.CITY_STAFF)
    public MutualAidPilotView rate(long pilotId, LocalDate from, BigDecimal monthlyAmount) {
        StaffUser me = currentStaff.require();
        MutualAidPilot pilot = mutualAid.findPilot(pilotId)
                .orElseThrow(() -> new NotFoundException("pilotId", "mutualAid.pilotNotFound"));
        pilot.rate(from, monthlyAmount);
        mutualAid.store(pilot);
        audit.record(me.username(), AuditAction.UPDATE, PILOT, pilot.id(), pilot.division().value(),
                "邻里互助补贴标准调整 mutual-aid amount dated", null,
                Map.of("validFrom", from.toString(), "monthlyAmount", monthlyAmount.toPlainString()));
        return view(pilot);
    }

    /** The pilots whose area overlaps the caller's jurisdiction. */
    public List<MutualAidPilotView> pilots() {
        StaffUser me = currentStaff.require();
        return mutualAid.pilots().stream().filter(p -> me.jurisdiction().contains(p.division())
                || p.division().contains(me.jurisdiction())).map(this::view).toList();
    }

    /**
     * A pilot's monthly amounts over time, oldest first (the amounts earlier months were paid at stay listed); a
     * pilot outside the caller's jurisdiction answers as unknown.
     */
    public List<MutualAidRateView> rates(long pilotId) {
        StaffUser me = currentStaff.require();
        MutualAidPilot pilot = mutualAid.findPilot(pilotId).filter(p -> me.jurisdiction().contains(p.division())
                        || p.division().contains(me.jurisdiction()))
                .orElseThrow(() -> new NotFoundException("pilotId", "mutualAid.pilotNotFound"));
        return pilot.rates().stream().map(r -> new MutualAidRateView(r.validFrom(), r.monthlyAmount())).toList();
    }

    /** Pays a month; a month already paid to this helper for this household is refused and changes nothing. */
    public MutualAidPaymentView pay(MutualAidPaymentForm f) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        if (f.pilotId() == null) {
            throw new InvalidValueException("pilotId", "mutualAid.pilotRequired");
        }
        MutualAidPilot pilot = mutualAid.findPilot(f.pilotId())
                .filter(p -> me.jurisdiction().contains(p.division()) || p.division().contains(me.jurisdiction()))
                .orElseThrow(() -> new NotFoundException("pilotId", "mutualAid.pilotNotFound"));
        if (f.householdNumber() == null || f.householdNumber().isBlank()) {
            throw new InvalidValueException("householdNumber", "poverty.householdRequired");
        }
        Household h = people.findHouseholdByNumber(f.householdNumber().trim())
                .filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new InvalidValueException("householdNumber", "poverty.householdNotFound"));
        IdNumber helper = f.helperIdNumber() == null || f.helperIdNumber().isBlank() ? null
                : IdNumber.of(f.helperIdNumber().trim(), today);
        MutualAidPayment payment = new MutualAidPayment(pilot, h.id(), h.division(), helper, f.helperName(),
                f.month(), me.username(), today);
        if (people.findByIdNumber(helper).filter(p -> p.household() != null && h.id().equals(p.household().id()))
                .isPresent()) {
            throw new InvalidValueException("helperIdNumber", "mutualAid.helperInHousehold");
        }
        mutualAid.lockPilot(pilot);
        if (mutualAid.paid(helper, h.id(), f.month())) {
            throw new InvalidValueException("month", "mutualAid.alreadyPaid", f.month().toString());
        }
        mutualAid.add(payment);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("pilotId", pilot.id());
        after.put("householdId", h.id());
        after.put("helper", helper.masked());
        after.put("month", f.month().toString());
        after.put("amount", payment.amount().toPlainString());
        audit.record(me.username(), AuditAction.CREATE, PAYMENT, payment.id(), h.division().value(),
                "邻里互助补贴发放 mutual-aid month paid", null, after);
        return view(payment, h.householdNumber());
    }

    /** The months paid for households of the caller's jurisdiction from..to, newest first. */
    public List<MutualAidPaymentView> payments(YearMonth from, YearMonth to) {
        StaffUser me = currentStaff.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidValueException("from", "legal.periodRequired");
        }
        return mutualAid.payments(me.jurisdiction(), from.atDay(1), to.atDay(1), 500).stream()
                .map(x -> view(x, people.findHousehold(x.householdId()).map(Household::householdNumber).orElse(null)))
                .toList();
    }

    private MutualAidPilotView view(MutualAidPilot p) {
        return new MutualAidPilotView(p.id(), p.division().value(), p.name(), p.period().validFrom(),
                p.period().validTo(), p.monthlyAmountFor(YearMonth.from(PlatformClock.today())));
    }

    private static MutualAidPaymentView view(MutualAidPayment x, String householdNumber) {
        return new MutualAidPaymentView(x.id(), x.pilotId(), householdNumber,
                x.helperName() + " " + x.helperIdNumber().masked(), x.month(), x.amount(), x.paidOn());
    }
}
