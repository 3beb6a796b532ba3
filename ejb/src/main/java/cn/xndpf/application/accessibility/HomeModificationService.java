package cn.xndpf.application.accessibility;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.accessibility.AttachmentStep;
import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.accessibility.HomeModificationFile;
import cn.xndpf.domain.accessibility.HomeModificationRepository;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Home modifications for poor disabled households (家庭无障碍改造). A disabled member of a poor household applies
 * (the case is opened through the kernel and reviewed by V56's chain); the district then records the survey,
 * the start of the works, the acceptance and the payment to the contractor, each checked against the version
 * the caller read, a step on the case's timeline and audited with before and after. The cost cap is the
 * setting in force on the application day; a household has one modification open at a time. Photos and
 * documents of the survey and the acceptance go through {@link UploadedFiles} (type by content, size limit,
 * the name only shown). Another jurisdiction's person or case answers like an unknown one.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class HomeModificationService {

    /** The program row of V56. */
    public static final String PROGRAM = "HOME_MODIFICATION";
    /** Setting key: the cost cap per household (元/户), read on the application day. */
    public static final String COST_CAP = "accessibility.home.costCap";
    /** Setting key: the {@link AssistanceStatus} names that make a household poor for the program. */
    public static final String POOR_STATUSES = "accessibility.home.poorStatuses";

    private static final String ENTITY = "Case";
    private static final String FILE_ENTITY = "HomeModificationFile";

    @Inject
    private PersonRepository people;

    @Inject
    private HomeModificationRepository modifications;

    @Inject
    private CaseRepository cases;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * Takes the application of the household of the certificate holder with {@code idNumber}: a valid
     * certificate, a household poor on the day (one of the statuses the setting lists), none of its
     * modifications open. Returns the case id.
     */
    public long apply(String idNumber) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        IdNumber id = IdNumber.of(idNumber == null ? null : idNumber.trim());
        Person applicant = people.findByIdNumber(id).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("idNumber", "person.notFound"));
        if (people.validCertificateOf(applicant).isEmpty()) {
            throw new InvalidValueException("idNumber", "homemod.noCertificate");
        }
        Household household = applicant.household();
        if (household == null) {
            throw new InvalidValueException("idNumber", "homemod.noHousehold");
        }
        Set<AssistanceStatus> poor = statuses(settings.valueOn(POOR_STATUSES, today).orElse(""));
        if (household.statusesOn(today).stream().noneMatch(poor::contains)) {
            throw new InvalidValueException("idNumber", "homemod.notPoor");
        }
        if (modifications.hasOpenCase(household.id())) {
            throw new InvalidValueException("idNumber", "homemod.alreadyOpen");
        }
        BigDecimal cap = settings.valueOn(COST_CAP, today).map(BigDecimal::new)
                .orElseThrow(() -> new InvalidValueException("costCap", "homemod.noCap"));
        Program program = cases.program(PROGRAM).orElseThrow(() -> new NotFoundException("program", "program.unknown"));
        HomeModificationCase c = new HomeModificationCase(program, applicant, household, cap, today, me.username());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("person", applicant.id());
        audited.put("household", household.id());
        audited.put("costCap", cap.toPlainString());
        return workflow.startCase(c, "申请家庭无障碍改造", audited);
    }

    /** 入户勘查 of an approved case: day, surveyor, planned items and the estimate (within the cap). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public HomeModificationView survey(long caseId, int expectedVersion, LocalDate day, String surveyor,
                                       String plannedItems, BigDecimal estimatedCost) {
        return step(caseId, expectedVersion, "入户勘查", (c, me) ->
                c.survey(day, surveyor, plannedItems, estimatedCost, PlatformClock.today(), me.username()));
    }

    /** 开工: the contractor and the day the works started. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public HomeModificationView startWorks(long caseId, int expectedVersion, String contractor, LocalDate start) {
        return step(caseId, expectedVersion, "开工", (c, me) ->
                c.startWorks(contractor, start, PlatformClock.today(), me.username()));
    }

    /** 验收: accepted or not (then with a note, and the works stay open for another acceptance). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public HomeModificationView accept(long caseId, int expectedVersion, LocalDate day, boolean accepted,
                                       String note) {
        return step(caseId, expectedVersion, "验收", (c, me) ->
                c.accept(day, accepted, note, PlatformClock.today(), me.username()));
    }

    /** 付款: the contractor paid once, within the cap; the case ends as completed. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public HomeModificationView pay(long caseId, int expectedVersion, BigDecimal amount, LocalDate day) {
        return step(caseId, expectedVersion, "向施工单位付款", (c, me) ->
                c.pay(amount, day, PlatformClock.today(), me.username()));
    }

    /** One case as its page shows it. */
    public HomeModificationView open(long caseId) {
        return HomeModificationView.of(visible(currentStaff.require(), caseId));
    }

    /** The jurisdiction's cases, newest application first (at most 500). */
    public List<HomeModificationView> list() {
        StaffUser me = currentStaff.require();
        return modifications.inJurisdiction(me.jurisdiction(), 500).stream().map(HomeModificationView::of).toList();
    }

    /**
     * Attaches a photo or document to the survey or the acceptance while that step is open. Refused before
     * anything is stored when the content is no JPEG, PNG or PDF, is empty or too large, or the name is unusable.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public AttachmentView attach(long caseId, AttachmentStep step, String fileName, byte[] content) {
        StaffUser me = currentStaff.require();
        HomeModificationCase c = visible(me, caseId);
        if (step == null) {
            throw new InvalidValueException("step", "homemod.required");
        }
        String name = UploadedFiles.displayName(fileName);
        UploadedFiles.AttachmentType type = UploadedFiles.attachment(content);
        c.requireAttachable(step);
        HomeModificationFile f = new HomeModificationFile(c.id(), step, name, type.contentType(), content,
                me.username(), Instant.now());
        modifications.store(f);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("case", c.id());
        after.put("step", step.name());
        after.put("fileName", name);
        after.put("contentType", type.contentType());
        after.put("size", content.length);
        audit.record(me.username(), AuditAction.CREATE, FILE_ENTITY, f.id(), c.division().value(),
                "改造附件 " + step.chineseName() + " " + c.caseNumber(), null, after);
        return AttachmentView.of(f);
    }

    /** A visible case's files, oldest first. */
    public List<AttachmentView> files(long caseId) {
        HomeModificationCase c = visible(currentStaff.require(), caseId);
        return modifications.filesOf(c.id()).stream().map(AttachmentView::of).toList();
    }

    /** A file of a case the caller may see (audited as viewed); another jurisdiction's answers as unknown. */
    public Download download(long fileId) {
        StaffUser me = currentStaff.require();
        HomeModificationFile f = modifications.file(fileId)
                .orElseThrow(() -> new NotFoundException("file", "homemod.fileNotFound"));
        HomeModificationCase c = modifications.find(f.caseId()).filter(k -> me.jurisdiction().contains(k.division()))
                .orElseThrow(() -> new NotFoundException("file", "homemod.fileNotFound"));
        audit.record(me.username(), AuditAction.VIEW, FILE_ENTITY, f.id(), c.division().value(),
                "查看改造附件 " + c.caseNumber(), null, null);
        return new Download(f.fileName(), f.contentType(), f.content());
    }

    private HomeModificationView step(long caseId, int expectedVersion, String what,
                                      BiConsumer<HomeModificationCase, StaffUser> change) {
        StaffUser me = currentStaff.require();
        HomeModificationCase c = visible(me, caseId);
        if (c.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = snapshot(c);
        change.accept(c, me);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(me.username(), AuditAction.UPDATE, ENTITY, c.id(), c.division().value(),
                what + " " + c.caseNumber(), before, snapshot(c));
        return HomeModificationView.of(c);
    }

    private HomeModificationCase visible(StaffUser me, long caseId) {
        return modifications.find(caseId).filter(c -> me.jurisdiction().contains(c.division()))
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
    }

    private static Map<String, Object> snapshot(HomeModificationCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", c.state().name());
        m.put("stage", c.stage().name());
        m.put("surveyDay", text(c.surveyDay()));
        m.put("surveyor", c.surveyor());
        m.put("plannedItems", c.plannedItems());
        m.put("estimatedCost", text(c.estimatedCost()));
        m.put("contractor", c.contractor());
        m.put("worksStart", text(c.worksStart()));
        m.put("acceptanceDay", text(c.acceptanceDay()));
        m.put("accepted", c.accepted());
        m.put("acceptanceNote", c.acceptanceNote());
        m.put("paidAmount", text(c.paidAmount()));
        m.put("paidOn", text(c.paidOn()));
        return m;
    }

    private static String text(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b.toPlainString() : o.toString();
    }

    /** Reads the setting's comma-separated status names; an unknown name is a configuration error, not ignored. */
    static Set<AssistanceStatus> statuses(String setting) {
        return Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(AssistanceStatus::valueOf).collect(Collectors.toSet());
    }
}
