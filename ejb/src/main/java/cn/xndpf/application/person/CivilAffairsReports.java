package cn.xndpf.application.person;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.person.AssistanceStatusChange.Change;
import cn.xndpf.application.security.PartnerDirectory;
import cn.xndpf.application.shared.FieldProblem;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.HouseholdAssistance;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What civil affairs reports to the registry (民政数据推送): households gaining or losing 低保, 特困, 低收入 or
 * 脱贫监测 status, and deaths. Callers are authenticated partners, not staff: there is no jurisdiction, the
 * partner's scope is checked here, and every change is audited as {@code partner:<code>}.
 * <p>
 * The subsidies are not stopped here: a changed household or a death is what the annual re-check finds,
 * and staff decide on each case.
 */
@Stateless
@PermitAll
public class CivilAffairsReports {

    /** Most changes one request may carry; a larger report is sent in parts. */
    public static final int MAX_CHANGES = 500;
    /** Longest document number accepted for a death record. */
    public static final int MAX_DOCUMENT_NUMBER = 50;

    /** The field named when neither or both of the household's identifiers are given. */
    private static final String IDENTIFIERS = AssistanceStatusChange.ID_NUMBER + ","
            + AssistanceStatusChange.HOUSEHOLD_NUMBER;

    private static final Logger LOG = Logger.getLogger(CivilAffairsReports.class.getName());

    @Inject
    private PersonRepository people;

    @Inject
    private AuditTrail audit;

    @EJB
    private PartnerDirectory partners;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * Applies a batch of status changes, each on its own: an item is applied completely or not at all, and
     * a bad item does not stop the others. The outcomes come back in the order of the request.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AssistanceChangeOutcome> applyAssistanceChanges(List<AssistanceStatusChange> changes,
                                                                String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_CIVIL_AFFAIRS);
        if (changes == null || changes.isEmpty()) {
            throw new InvalidValueException("items", "assistance.noItems");
        }
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidValueException("items", "assistance.tooManyItems", MAX_CHANGES, changes.size());
        }
        CivilAffairsReports self = context.getBusinessObject(CivilAffairsReports.class);
        List<AssistanceChangeOutcome> outcomes = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            try {
                outcomes.add(self.applyAssistanceChange(i, changes.get(i), partnerCode));
            } catch (InvalidValueException e) {
                outcomes.add(AssistanceChangeOutcome.rejected(i, List.of(FieldProblem.of(e))));
            } catch (EJBException e) {
                // the item's own transaction failed on commit (e.g. the household changed at that moment)
                LOG.log(Level.WARNING, "Assistance change " + i + " from partner " + partnerCode + " failed", e);
                outcomes.add(AssistanceChangeOutcome.rejected(i,
                        List.of(new FieldProblem(null, "concurrent.modification", List.of()))));
            }
        }
        return outcomes;
    }

    /** One change in a transaction of its own (called through the container by the batch above). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AssistanceChangeOutcome applyAssistanceChange(int index, AssistanceStatusChange raw, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_CIVIL_AFFAIRS);
        List<FieldProblem> problems = new ArrayList<>();
        AssistanceStatusChange in = raw == null ? new AssistanceStatusChange(null, null, null, null, null) : raw;
        String idText = blankToNull(in.idNumber());
        String householdNumber = blankToNull(in.householdNumber());
        IdNumber id = null;
        if (idText == null && householdNumber == null) {
            problems.add(new FieldProblem(IDENTIFIERS, "assistance.identifierRequired", null));
        } else if (idText != null && householdNumber != null) {
            problems.add(new FieldProblem(IDENTIFIERS, "assistance.identifierAmbiguous", null));
        } else if (idText != null) {
            id = collect(problems, () -> IdNumber.of(idText));
        }
        AssistanceStatus status = collect(problems, () -> status(in.status()));
        Change change = collect(problems, () -> change(in.change()));
        LocalDate day = collect(problems, () -> pastOrToday(AssistanceStatusChange.EFFECTIVE_DATE, in.effectiveDate()));
        if (!problems.isEmpty()) {
            return AssistanceChangeOutcome.rejected(index, problems);
        }

        Household h = id != null ? householdOf(id, partnerCode) : people.findHouseholdByNumber(householdNumber)
                .filter(x -> served(partnerCode, x.division()))
                .orElseThrow(() -> new NotFoundException(AssistanceStatusChange.HOUSEHOLD_NUMBER,
                        "assistance.householdNotFound"));
        Optional<HouseholdAssistance> open = h.assistanceHistory().stream()
                .filter(a -> a.status() == status && a.validTo() == null).findFirst();
        Map<String, Object> before = periods(h, status);
        if (change == Change.GRANTED) {
            if (open.isPresent()) {
                return AssistanceChangeOutcome.unchanged(index, new FieldProblem(AssistanceStatusChange.STATUS,
                        "assistance.alreadyHeld", List.of(status.chineseName(), open.get().validFrom().toString())));
            }
            h.grantStatus(status, day, partnerCode);
        } else {
            if (open.isEmpty()) {
                return AssistanceChangeOutcome.unchanged(index, new FieldProblem(AssistanceStatusChange.STATUS,
                        "assistance.notHeld", List.of(status.chineseName())));
            }
            if (!day.isAfter(open.get().validFrom())) {
                throw new InvalidValueException(AssistanceStatusChange.EFFECTIVE_DATE, "assistance.revokeBeforeStart",
                        open.get().validFrom().toString());
            }
            h.revokeStatus(status, day);
        }
        flush();
        audit.record(actor(partnerCode), AuditAction.UPDATE, "Household", h.id(), h.division().value(),
                "民政推送：" + (change == Change.GRANTED ? "认定 " : "取消 ") + status.chineseName() + " 自 " + day,
                before, periods(h, status));
        return AssistanceChangeOutcome.applied(index);
    }

    /**
     * Records a death on the person and cancels their valid certificate with reason death, on the date of
     * death. A repeated report with the same date changes nothing; one with another date is refused.
     */
    public DeathRecordOutcome recordDeath(DeathReport report, String partnerCode) {
        partners.requireScope(partnerCode, Partner.SCOPE_CIVIL_AFFAIRS);
        DeathReport in = report == null ? new DeathReport(null, null, null) : report;
        IdNumber id = IdNumber.of(in.idNumber());
        LocalDate day = pastOrToday(DeathReport.DATE_OF_DEATH, in.dateOfDeath());
        String document = blankToNull(in.documentNumber());
        if (document == null) {
            throw new InvalidValueException(DeathReport.DOCUMENT_NUMBER, "death.documentRequired");
        }
        if (document.length() > MAX_DOCUMENT_NUMBER) {
            throw new InvalidValueException(DeathReport.DOCUMENT_NUMBER, "death.documentTooLong", MAX_DOCUMENT_NUMBER);
        }
        Person p = people.findByIdNumber(id).filter(x -> served(partnerCode, x.division()))
                .orElseThrow(() -> new NotFoundException(IdNumber.FIELD, "person.notFound"));
        if (day.isBefore(p.birthDate())) {
            throw new InvalidValueException(DeathReport.DATE_OF_DEATH, "death.dateBeforeBirth");
        }
        String actor = actor(partnerCode);
        DeathRecordOutcome.Result result = DeathRecordOutcome.Result.ALREADY_RECORDED;
        if (!p.isDeceased()) {
            Map<String, Object> before = PersonRecords.snapshot(p);
            p.recordDeath(day);
            flush();
            audit.record(actor, AuditAction.UPDATE, "Person", p.id(), p.division().value(),
                    "死亡登记（文书编号 " + document + "）", before, PersonRecords.snapshot(p));
            result = DeathRecordOutcome.Result.RECORDED;
        } else if (!p.deathDate().equals(day)) {
            throw new InvalidValueException(DeathReport.DATE_OF_DEATH, "death.conflictingDate", p.deathDate().toString());
        }
        Optional<Certificate> valid = people.validCertificateOf(p);
        if (valid.isPresent()) {
            Certificate c = valid.get();
            Map<String, Object> before = PersonRecords.snapshot(c);
            c.cancel(CancellationReason.DEATH, day, actor, "死亡证明 " + document);
            flush();
            audit.record(actor, AuditAction.UPDATE, "Certificate", c.id(), c.division().value(), "注销（死亡）",
                    before, PersonRecords.snapshot(c));
        }
        return new DeathRecordOutcome(result, day, valid.isPresent());
    }

    /**
     * Whether the partner reports for a division ({@code partner_division}): a person or household of a
     * division it does not serve is answered like one that is not registered, so it learns nothing of them.
     */
    private boolean served(String partnerCode, DivisionCode division) {
        return partners.serves(partnerCode, Partner.SCOPE_CIVIL_AFFAIRS, division);
    }

    private Household householdOf(IdNumber id, String partnerCode) {
        Person p = people.findByIdNumber(id).filter(x -> served(partnerCode, x.division()))
                .orElseThrow(() -> new NotFoundException(AssistanceStatusChange.ID_NUMBER, "person.notFound"));
        if (p.household() == null) {
            throw new InvalidValueException(AssistanceStatusChange.ID_NUMBER, "assistance.personWithoutHousehold");
        }
        return p.household();
    }

    private static Map<String, Object> periods(Household h, AssistanceStatus status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("household", h.householdNumber());
        m.put("status", status.name());
        m.put("periods", h.assistanceHistory().stream().filter(a -> a.status() == status)
                .map(a -> a.validFrom() + "~" + (a.validTo() == null ? "" : a.validTo())).toList());
        return m;
    }

    private static AssistanceStatus status(String raw) {
        String code = blankToNull(raw);
        if (code == null) {
            throw new InvalidValueException(AssistanceStatusChange.STATUS, "assistance.statusRequired");
        }
        try {
            return AssistanceStatus.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(AssistanceStatusChange.STATUS, "assistance.statusUnknown", code);
        }
    }

    private static Change change(String raw) {
        String code = blankToNull(raw);
        if (code == null) {
            throw new InvalidValueException(AssistanceStatusChange.CHANGE, "assistance.changeRequired");
        }
        try {
            return Change.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(AssistanceStatusChange.CHANGE, "assistance.changeUnknown", code);
        }
    }

    /** A date as partners write it (yyyy-MM-dd), not later than today in Beijing. */
    static LocalDate pastOrToday(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            throw new InvalidValueException(field, "date.required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date.format", text);
        }
        if (day.isAfter(PlatformClock.today())) {
            throw new InvalidValueException(field, "date.future");
        }
        return day;
    }

    private static <T> T collect(List<FieldProblem> problems, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.add(FieldProblem.of(e));
            return null;
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static String actor(String partnerCode) {
        return "partner:" + partnerCode;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
