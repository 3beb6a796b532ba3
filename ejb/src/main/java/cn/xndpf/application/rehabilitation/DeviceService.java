package cn.xndpf.application.rehabilitation;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.institution.InstitutionPlacement;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseViews;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.rehabilitation.AssistiveDevice;
import cn.xndpf.domain.rehabilitation.DeviceCase;
import cn.xndpf.domain.rehabilitation.DeviceRepository;
import cn.xndpf.domain.rehabilitation.DeviceRules;
import cn.xndpf.domain.rehabilitation.SupplyKind;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Assistive devices (辅助器具): the dated catalogue, applications entering the shared workflow (township 初审,
 * district 适配评估), issue or loan from a service point's stock (which starts the case through the kernel),
 * fitting, the return of a lent item to the stock (which ends the case), and the stock itself. A service point
 * is a designated rehabilitation institution of the registry offering device fitting. Every stock movement is
 * audited.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class DeviceService {

    /** The program's row (V27). */
    public static final String PROGRAM = "ASSISTIVE_DEVICE";

    /** The audit log's entity type of a stock movement (entity id: institution/device code). */
    public static final String STOCK = "DeviceStock";

    private static final int MAX_LIST = 200;

    @Inject
    private PersonRepository people;

    @Inject
    private InstitutionPlacement placement;

    @Inject
    private CaseViews views;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private DeviceRepository devices;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private AuditTrail audit;

    @Inject
    private CurrentStaff currentStaff;

    /** The catalogue in force today. */
    public List<DeviceView> catalogue() {
        return devices.catalogue(PlatformClock.today()).stream().map(DeviceView::of).toList();
    }

    /** Takes an application and opens its case through the workflow; refused with the first reason if not. */
    public long apply(DeviceApplication form) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Person p = placement.visiblePerson(me, form.idNumber());
        if (form.appliedOn() != null && form.appliedOn().isAfter(today)) {
            throw new InvalidValueException("appliedOn", "date.future");
        }
        LocalDate day = form.appliedOn() == null ? today : form.appliedOn();
        AssistiveDevice device = form.deviceCode() == null ? null
                : devices.device(form.deviceCode(), day).orElse(null);
        List<String> refusals = DeviceRules.applicationRefusals(p, people.validCertificateOf(p).orElse(null), device,
                device != null && devices.hasOpenCase(p.id(), device.code()), day);
        if (!refusals.isEmpty()) {
            String key = refusals.get(0);
            throw new InvalidValueException(key.startsWith("device.notInCatalogue") ? "deviceCode" : IdNumber.FIELD,
                    key);
        }
        return placement.apply(PROGRAM, "deviceCode", program -> new DeviceCase(program, p, device, day,
                        me.username()), "申请辅助器具 " + device.nameZh() + "（" + device.supply().chineseName() + "）",
                Map.of("person", p.id(), "device", device.code(), "supply", device.supply().name()));
    }

    /**
     * Issues (发放) or lends (出借) the device of an assessed and approved case from a service point's stock on a
     * day: the kernel starts the case (version, day, timeline, audit) and one item leaves the stock (audited).
     * Refused, changing nothing, when none is on hand.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void issue(long caseId, int expectedVersion, long institutionId, LocalDate day) {
        StaffUser me = currentStaff.require();
        DeviceCase c = placement.visibleCase(me, caseId, DeviceCase.class);
        Institution point = servicePoint(me, institutionId, day == null ? PlatformClock.today() : day);
        workflow.startBenefit(caseId, expectedVersion, day);
        String code = c.device().code();
        if (!devices.takeOne(institutionId, code)) {
            throw new InvalidValueException("institutionId", "device.outOfStock", point.name(),
                    c.device().nameZh());
        }
        c.issuedFrom(point, day);
        audit.record(me.username(), AuditAction.UPDATE, STOCK, institutionId + "/" + code, point.division().value(),
                (c.device().supply() == SupplyKind.LENT ? "出借" : "发放") + " " + c.caseNumber() + " " + code, null,
                Map.of("case", caseId, "change", -1, "onHand", devices.onHand(institutionId, code)));
    }

    /** Records the fitting (适配) of an issued device on a day, once; audited. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void fit(long caseId, LocalDate day) {
        StaffUser me = currentStaff.require();
        DeviceCase c = placement.visibleCase(me, caseId, DeviceCase.class);
        String refusal = DeviceRules.fittingRefusal(c, day, PlatformClock.today());
        if (refusal != null) {
            throw new InvalidValueException("day", refusal);
        }
        c.fittedOn(day);
        audit.record(me.username(), AuditAction.UPDATE, "Case", caseId, c.division().value(),
                "辅助器具适配 " + c.caseNumber(), null, Map.of("fittedOn", day.toString()));
    }

    /**
     * Takes a lent item back (归还) on a day: one item returns to the stock of the service point it came from
     * (audited) and the kernel ends the case (version, timeline, audit). Given items are not returned.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void returnItem(long caseId, int expectedVersion, LocalDate day) {
        StaffUser me = currentStaff.require();
        DeviceCase c = placement.visibleCase(me, caseId, DeviceCase.class);
        String refusal = DeviceRules.returnRefusal(c, day, PlatformClock.today());
        if (refusal != null) {
            throw new InvalidValueException("day", refusal);
        }
        workflow.terminate(caseId, expectedVersion, day, "归还借用的辅助器具");
        long pointId = c.institution().id();
        String code = c.device().code();
        devices.putBack(pointId, code);
        c.returnedOn(day);
        audit.record(me.username(), AuditAction.UPDATE, STOCK, pointId + "/" + code,
                c.institution().division().value(), "归还 " + c.caseNumber() + " " + code, null,
                Map.of("case", caseId, "change", 1, "onHand", devices.onHand(pointId, code)));
    }

    /** Approved device cases of the caller's jurisdiction waiting to be issued or lent, oldest first. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<CaseView> awaitingIssue() {
        StaffUser me = currentStaff.require();
        return devices.awaitingIssue(me.jurisdiction(), MAX_LIST).stream().map(views::of).toList();
    }

    /** Lent devices of the caller's jurisdiction out and not yet returned, oldest issue first. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<CaseView> lentOut() {
        StaffUser me = currentStaff.require();
        return devices.lentOut(me.jurisdiction(), MAX_LIST).stream().map(views::of).toList();
    }

    /** Items received into a service point's stock (入库), audited. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public StockView receive(long institutionId, String deviceCode, int quantity) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        Institution point = servicePoint(me, institutionId, today);
        if (deviceCode == null || devices.device(deviceCode, today).isEmpty()) {
            throw new InvalidValueException("deviceCode", "device.notInCatalogue");
        }
        if (quantity <= 0 || quantity > 10_000) {
            throw new InvalidValueException("quantity", "device.quantity", 10_000);
        }
        devices.receive(institutionId, deviceCode, quantity);
        int onHand = devices.onHand(institutionId, deviceCode);
        audit.record(me.username(), AuditAction.UPDATE, STOCK, institutionId + "/" + deviceCode,
                point.division().value(), "入库 " + deviceCode + " " + quantity, null,
                Map.of("change", quantity, "onHand", onHand));
        return new StockView(institutionId, deviceCode, onHand);
    }

    /** A service point's stock, by device code (a service point of the caller's jurisdiction). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public List<StockView> stock(long institutionId) {
        StaffUser me = currentStaff.require();
        servicePoint(me, institutionId, PlatformClock.today());
        return devices.stock(institutionId).stream()
                .map(l -> new StockView(institutionId, l.deviceCode(), l.onHand())).toList();
    }

    /** A designated rehabilitation institution of the jurisdiction offering device fitting, in force on the day. */
    private Institution servicePoint(StaffUser me, long institutionId, LocalDate day) {
        Institution point = institutions.find(institutionId).filter(i -> me.jurisdiction().contains(i.division()))
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (point.kind() != InstitutionKind.REHABILITATION || !point.offers(ServiceKind.DEVICE_FITTING)
                || !point.isInForceOn(day)) {
            throw new InvalidValueException("institutionId", "device.notServicePoint");
        }
        return point;
    }
}
