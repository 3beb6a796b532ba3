package cn.xndpf.it.accessibility;

import cn.xndpf.application.accessibility.AttachmentView;
import cn.xndpf.application.accessibility.Download;
import cn.xndpf.application.accessibility.FacilityInventoryService;
import cn.xndpf.application.accessibility.FacilityView;
import cn.xndpf.application.accessibility.HomeModificationService;
import cn.xndpf.application.accessibility.HomeModificationView;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.accessibility.AttachmentStep;
import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.accessibility.HomeModificationStage;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home modifications (家庭无障碍改造) through the EJB services as the screens call them: a poor household's
 * application reviewed by V56's chain through the kernel, then survey, works, acceptance and one payment to the
 * contractor, each a timeline step with version check and audit; the dated cost cap; one open modification a
 * household; photos and documents stored only when their content is a photo or PDF within the size limit,
 * seen and downloaded only within the jurisdiction; the public facility inventory (无障碍设施) by division with
 * its inspections. Every refusal changes and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HomeModificationIT {

    private static final String DONGGUAN = "630102001001";
    private static final String CHENGZHONG = "630103001001";
    /** The audit entries of cases and their files (a sign-in is audited too). */
    private static final String AUDITS = "SELECT COUNT(*) FROM audit_entry WHERE entity_type IN ('Case', 'HomeModificationFile')";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(HomeModificationIT.class);
    }

    @EJB
    private HomeModificationService homes;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private FacilityInventoryService facilities;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** A certificate holder of the community's county in a new household with {@code statuses} since a year. */
    private String holder(String community, AssistanceStatus... statuses) {
        StaffLogin.as(community.startsWith("630102") ? "chengdong" : "chengzhong", "district123");
        LocalDate yearAgo = PlatformClock.today().minusYears(1);
        String id = TestIds.valid(community.substring(0, 6), true);
        long personId = registry.register(new PersonRegistration(id, "改造测试户主", "汉族", "13900000000", "测试地址9号",
                community, "WZ" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO, yearAgo);
        long household = registry.open(personId).household().id();
        for (AssistanceStatus s : statuses) {
            registry.changeAssistance(household, s, true, yearAgo);
        }
        return id;
    }

    /** Applied at the community, passed by the township and the district: approved. */
    private long approvedCase(String idNumber) {
        StaffLogin.as("worker-dongguan", "worker123");
        long caseId = homes.apply(idNumber);
        for (String[] who : List.of(new String[]{"clerk-dongguan", "clerk123"}, new String[]{"chengdong", "district123"})) {
            StaffLogin.as(who[0], who[1]);
            workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
        }
        return caseId;
    }

    @Test
    void aHouseholdIsSurveyedBuiltAcceptedAndPaidOnceEachStepOnTheTimeline() throws SQLException {
        String holder = holder(DONGGUAN, AssistanceStatus.DIBAO);
        long caseId = approvedCase(holder);
        LocalDate today = PlatformClock.today();
        StaffLogin.as("chengdong", "district123");
        CaseView approved = workflow.open(caseId);
        assertEquals("HOME_MODIFICATION", approved.programCode());
        assertTrue(approved.caseNumber().startsWith("WZ-"), approved.caseNumber());
        assertEquals(CaseState.APPROVED, approved.state());
        assertTrue(approved.detail().contains("上限6000.00元"), "V56's cap in force: " + approved.detail());

        long audits = count(AUDITS);
        assertThrows(ConcurrentChangeException.class, () -> homes.survey(caseId, approved.version() - 1, today,
                "勘查员甲", "坡道、扶手", new BigDecimal("4800.00")));
        InvalidValueException tooEarly = assertThrows(InvalidValueException.class,
                () -> homes.startWorks(caseId, approved.version(), "某施工队", today));
        assertEquals("homemod.wrongStage", tooEarly.key(), "no works before the survey");
        assertEquals(audits, count(AUDITS), "refusals audit nothing");

        HomeModificationView surveyed = homes.survey(caseId, approved.version(), today, "勘查员甲", "坡道、扶手、蹲便改坐便",
                new BigDecimal("4800.00"));
        assertEquals(HomeModificationStage.SURVEYED, surveyed.stage());
        HomeModificationView works = homes.startWorks(caseId, surveyed.version(), "西宁某建筑公司", today);
        assertEquals(CaseState.ACTIVE, works.state(), "the works start the service");
        HomeModificationView failed = homes.accept(caseId, works.version(), today, false, "扶手未固定");
        assertEquals(HomeModificationStage.WORKS, failed.stage(), "a failed acceptance leaves the works open");
        InvalidValueException unaccepted = assertThrows(InvalidValueException.class,
                () -> homes.pay(caseId, failed.version(), new BigDecimal("4800.00"), today));
        assertEquals("homemod.wrongStage", unaccepted.key(), "no payment before acceptance");
        HomeModificationView accepted = homes.accept(caseId, failed.version(), today, true, null);
        assertEquals(HomeModificationStage.ACCEPTED, accepted.stage());
        HomeModificationView paid = homes.pay(caseId, accepted.version(), new BigDecimal("4800.00"), today);
        assertEquals(HomeModificationStage.PAID, paid.stage());
        assertEquals(CaseState.TERMINATED, paid.state(), "paying the contractor ends the case");
        assertEquals(new BigDecimal("4800.00"), paid.paidAmount());

        long auditsPaid = count(AUDITS);
        assertEquals(audits + 5, auditsPaid, "survey, works, two acceptances and the payment: one entry each");
        String after = single("SELECT after_state FROM audit_entry WHERE entity_type = 'Case' AND entity_id = ?"
                + " AND summary LIKE '向施工单位付款%'", String.valueOf(caseId));
        assertTrue(after.contains("4800.00") && after.contains("PAID"), after);
        InvalidValueException twice = assertThrows(InvalidValueException.class,
                () -> homes.pay(caseId, paid.version(), new BigDecimal("100.00"), today));
        assertEquals("homemod.alreadyPaid", twice.key());
        assertEquals(auditsPaid, count(AUDITS));
        assertEquals(0, new BigDecimal("4800.00").compareTo(new BigDecimal(single("SELECT paid_amount FROM"
                + " home_modification_case WHERE case_id = ?", String.valueOf(caseId)))),
                "paid once, the first amount");

        List<String> steps = workflow.open(caseId).timeline().stream()
                .filter(s -> s.type() == CaseEventType.PROGRAM_STEP).map(CaseView.Step::reason).toList();
        assertEquals(5, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("入户勘查") && steps.get(1).startsWith("开工")
                && steps.get(2).startsWith("验收不合格") && steps.get(3).startsWith("验收合格")
                && steps.get(4).startsWith("向施工单位付款"), steps.toString());
        assertEquals(HomeModificationCase.COMPLETED, workflow.open(caseId).timeline().get(
                workflow.open(caseId).timeline().size() - 1).reason());

        StaffLogin.as("worker-dongguan", "worker123");
        long next = homes.apply(holder);
        assertTrue(next > caseId, "a household applies again once its modification is completed");
        assertThrows(EJBAccessException.class, () -> homes.survey(next, 0, today, "x", "x", BigDecimal.ONE),
                "a community worker records no step");
    }

    @Test
    void oneOpenModificationAHouseholdOnlyForPoorHouseholdsAndRefusalsChangeNothing() throws SQLException {
        String poor = holder(DONGGUAN, AssistanceStatus.LOW_INCOME);
        String notPoor = holder(DONGGUAN);
        String elsewhere = holder(CHENGZHONG, AssistanceStatus.DIBAO);
        StaffLogin.as("worker-dongguan", "worker123");
        long first = homes.apply(poor);
        long cases = count("SELECT COUNT(*) FROM program_case");
        long audits = count(AUDITS);
        assertEquals("homemod.alreadyOpen", assertThrows(InvalidValueException.class, () -> homes.apply(poor)).key());
        assertEquals("homemod.notPoor", assertThrows(InvalidValueException.class, () -> homes.apply(notPoor)).key());
        assertThrows(NotFoundException.class, () -> homes.apply(elsewhere), "another county's person is unknown here");
        assertEquals(cases, count("SELECT COUNT(*) FROM program_case"), "no case opened");
        assertEquals(audits, count(AUDITS), "nothing audited");

        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> homes.open(first), "another district does not see the case");
        assertTrue(homes.list().stream().noneMatch(v -> v.caseId() == first));
        StaffLogin.as("chengdong", "district123");
        assertTrue(homes.list().stream().anyMatch(v -> v.caseId() == first && v.maskedIdNumber().contains("*")));

        StaffLogin.as("clerk-dongguan", "clerk123");
        workflow.review(first, workflow.open(first).version(), ReviewDecision.REJECT, "测试：材料不全");
        StaffLogin.as("worker-dongguan", "worker123");
        assertTrue(homes.apply(poor) > first, "a rejected application leaves the household free to apply again");
    }

    @Test
    void theCapInForceOnTheApplicationDayBoundsTheEstimateAndThePayment() throws SQLException {
        String before = holder(DONGGUAN, AssistanceStatus.DIBAO);
        String after = holder(DONGGUAN, AssistanceStatus.TEKUN);
        long oldCap = approvedCase(before);
        LocalDate today = PlatformClock.today();
        try {
            exec("INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1899,"
                    + " 'accessibility.home.costCap', '8000.00', DATE '" + today + "', 'HomeModificationIT')");
            long newCap = approvedCase(after);
            StaffLogin.as("chengdong", "district123");
            assertEquals(new BigDecimal("6000.00"), homes.open(oldCap).costCap(), "fixed on its application day");
            assertEquals(new BigDecimal("8000.00"), homes.open(newCap).costCap(), "the new row's from its day");
            long audits = count(AUDITS);
            int version = homes.open(oldCap).version();
            InvalidValueException over = assertThrows(InvalidValueException.class, () -> homes.survey(oldCap, version,
                    today, "勘查员乙", "坡道", new BigDecimal("6000.01")));
            assertEquals("estimatedCost", over.field());
            assertEquals("金额超过每户改造费用上限6000.00元", over.getMessage());
            assertEquals(version, homes.open(oldCap).version(), "nothing changed");
            assertEquals(audits, count(AUDITS));
            HomeModificationView v = homes.survey(newCap, homes.open(newCap).version(), today, "勘查员乙", "坡道",
                    new BigDecimal("7500.00"));
            v = homes.startWorks(newCap, v.version(), "施工单位乙", today);
            v = homes.accept(newCap, v.version(), today, true, "合格");
            int accepted = v.version();
            assertEquals("homemod.overCap", assertThrows(InvalidValueException.class,
                    () -> homes.pay(newCap, accepted, new BigDecimal("8000.01"), today)).key());
            assertEquals(new BigDecimal("8000.00"), homes.pay(newCap, accepted, new BigDecimal("8000.00"), today)
                    .paidAmount(), "up to the cap");
        } finally {
            exec("DELETE FROM policy_setting WHERE id = 1899");
        }
    }

    @Test
    void photosAndDocumentsAreStoredOnlyWhenTheirContentIsAPhotoOrPdfAndSeenOnlyInTheJurisdiction()
            throws SQLException {
        long caseId = approvedCase(holder(DONGGUAN, AssistanceStatus.DIBAO));
        StaffLogin.as("chengdong", "district123");
        long files = count("SELECT COUNT(*) FROM home_modification_file");
        long audits = count(AUDITS);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertEquals("upload.notAttachment", assertThrows(InvalidValueException.class,
                () -> homes.attach(caseId, AttachmentStep.SURVEY, "照片.jpg", exe)).key(), "the name does not decide");
        byte[] big = Arrays.copyOf(JPEG, UploadedFiles.MAX_ATTACHMENT_BYTES + 1);
        assertEquals("upload.tooLarge", assertThrows(InvalidValueException.class,
                () -> homes.attach(caseId, AttachmentStep.SURVEY, "大照片.jpg", big)).key());
        assertEquals("upload.fileName", assertThrows(InvalidValueException.class,
                () -> homes.attach(caseId, AttachmentStep.SURVEY, "../", JPEG)).key());
        assertEquals("homemod.wrongStage", assertThrows(InvalidValueException.class,
                () -> homes.attach(caseId, AttachmentStep.ACCEPTANCE, "验收.jpg", JPEG)).key(),
                "acceptance files once the works run");
        assertEquals(files, count("SELECT COUNT(*) FROM home_modification_file"), "nothing stored");
        assertEquals(audits, count(AUDITS), "nothing audited");

        AttachmentView photo = homes.attach(caseId, AttachmentStep.SURVEY, "../../etc/勘查照片.jpg", JPEG);
        assertEquals("勘查照片.jpg", photo.fileName(), "the name is only shown, never a path");
        assertEquals("image/jpeg", photo.contentType());
        byte[] pdf = "%PDF-1.4\n%测试\n".getBytes(StandardCharsets.UTF_8);
        AttachmentView plan = homes.attach(caseId, AttachmentStep.SURVEY, "方案.pdf", pdf);
        assertEquals(List.of(photo.id(), plan.id()), homes.files(caseId).stream().map(AttachmentView::id).toList());
        Download got = homes.download(plan.id());
        assertArrayEquals(pdf, got.content());
        assertEquals("application/pdf", got.contentType());
        assertEquals(audits + 3, count(AUDITS), "two uploads and a download audited");

        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> homes.download(photo.id()), "another district: unknown");
        assertThrows(NotFoundException.class, () -> homes.files(caseId));
        assertThrows(NotFoundException.class, () -> homes.attach(caseId, AttachmentStep.SURVEY, "x.jpg", JPEG));
        assertEquals(files + 2, count("SELECT COUNT(*) FROM home_modification_file"));
        assertFalse(homes.list().stream().anyMatch(v -> v.caseId() == caseId));
    }

    @Test
    void theFacilityInventoryIsKeptByDivisionInspectedAndAuditedWithinTheJurisdiction() throws SQLException {
        String name = "测试路" + System.nanoTime() % 1_000_000;
        String facilityAudits = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AccessibleFacility'";
        StaffLogin.as("chengdong", "district123");
        Map<FacilityKind, Integer> before = facilities.totalsByKind();
        long audits = count(facilityAudits);
        LocalDate today = PlatformClock.today();
        FacilityView ramps = facilities.record("630102", FacilityKind.CURB_RAMP, name, 12, today);
        assertEquals(before.get(FacilityKind.CURB_RAMP) + 12, facilities.totalsByKind().get(FacilityKind.CURB_RAMP));
        FacilityView recounted = facilities.recount(ramps.id(), ramps.version(), today, 15);
        assertEquals(15, recounted.quantity());
        assertThrows(ConcurrentChangeException.class, () -> facilities.recount(ramps.id(), ramps.version(), today, 16));
        FacilityView inspected = facilities.inspect(ramps.id(), today, "检查员丁", "两处坡道破损", false);
        assertTrue(inspected.lastInspection().open());
        FacilityView fixedNow = facilities.fixed(inspected.lastInspection().id(), today);
        assertEquals(today, fixedNow.lastInspection().fixedOn());
        assertEquals(audits + 4, count(facilityAudits), "record, recount, inspection, fix: one entry each");

        long rows = count("SELECT COUNT(*) FROM accessible_facility");
        long refusedAudits = count(facilityAudits);
        record Refused(String key, org.junit.jupiter.api.function.Executable call) {
        }
        for (Refused r : List.of(
                new Refused("facility.duplicate", () -> facilities.record("630102", FacilityKind.CURB_RAMP, name, 1, today)),
                new Refused("facility.quantity", () -> facilities.record("630102", FacilityKind.TOILET, name, -1, today)),
                new Refused("homemod.required", () -> facilities.record("630102", null, name, 1, today)),
                new Refused("facility.futureDay", () -> facilities.inspect(ramps.id(), today.plusDays(1), "x", "x", true)),
                new Refused("facility.alreadyFixed", () -> facilities.fixed(inspected.lastInspection().id(), today)))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, r.call()).key());
        }
        assertThrows(InvalidValueException.class, () -> facilities.record("630103", FacilityKind.TOILET, name, 1, today),
                "another county's division");
        StaffLogin.as("chengzhong", "district123");
        assertThrows(NotFoundException.class, () -> facilities.recount(ramps.id(), recounted.version(), today, 1));
        assertThrows(NotFoundException.class, () -> facilities.counts(ramps.id()));
        assertThrows(NotFoundException.class, () -> facilities.inspect(ramps.id(), today, "x", "x", true));
        assertTrue(facilities.list().stream().noneMatch(f -> f.id() == ramps.id()), "not on another county's list");
        StaffLogin.as("worker-dongguan", "worker123");
        assertThrows(EJBAccessException.class, () -> facilities.list(), "district and city staff keep the inventory");
        assertEquals(rows, count("SELECT COUNT(*) FROM accessible_facility"), "nothing recorded");
        assertEquals(refusedAudits, count(facilityAudits), "nothing audited");

        StaffLogin.as("city", "city123");
        assertTrue(facilities.list().stream().anyMatch(f -> f.id() == ramps.id() && f.quantity() == 15),
                "the city sees every county's");
    }

    /*
     * Counts are dated: a revision from a later day is a new count and the earlier stays; a second count on the
     * latest count's day corrects it (audited with both); a day before the latest count, in the future or missing, a
     * negative count or a stale version is refused, nothing counted, audited or moved on.
     */
    @Test
    void theFacilityInventorysCountsAreDatedCorrectedOnTheirDayAndNeverSlippedBeforeTheLatest() throws SQLException {
        String name = "测试站" + System.nanoTime() % 1_000_000;
        LocalDate today = PlatformClock.today();
        StaffLogin.as("chengdong", "district123");
        FacilityView stops = facilities.record("630102", FacilityKind.BUS_STOP, name, 10, today.minusDays(40));
        assertEquals(today.minusDays(40), stops.countedOn());
        String audits = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AccessibleFacility' AND entity_id = '"
                + stops.id() + "'";
        String countRows = "SELECT COUNT(*) FROM accessible_facility_count WHERE facility_id = " + stops.id();
        FacilityView revised = facilities.recount(stops.id(), stops.version(), today.minusDays(20), 14);
        assertEquals(14, revised.quantity());
        assertEquals(today.minusDays(20), revised.countedOn());
        assertTrue(revised.version() > stops.version(), "a count moves the entry's version on");
        FacilityView corrected = facilities.recount(stops.id(), revised.version(), today.minusDays(20), 13);
        assertEquals(List.of(new FacilityView.CountView(today.minusDays(20), 13, "chengdong"),
                new FacilityView.CountView(today.minusDays(40), 10, "chengdong")), facilities.counts(stops.id()),
                "the revision kept apart from the first count, the same day's correction replacing it");
        assertEquals(3, count(audits), "recorded, revised, corrected");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT before_state,"
                + " after_state FROM audit_entry WHERE entity_type = 'AccessibleFacility' AND entity_id = ?"
                + " ORDER BY id DESC")) {
            s.setString(1, String.valueOf(stops.id()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                String day = "\"countedOn\":\"" + today.minusDays(20) + "\"";
                assertTrue(r.getString(1).contains("\"quantity\":14") && r.getString(1).contains(day), r.getString(1));
                assertTrue(r.getString(2).contains("\"quantity\":13") && r.getString(2).contains(day), r.getString(2));
            }
        }

        long rows = count(countRows);
        long audited = count(audits);
        int version = corrected.version();
        record Refused(String key, org.junit.jupiter.api.function.Executable call) {
        }
        for (Refused r : List.of(
                new Refused("facility.countBeforeLatest", () -> facilities.recount(stops.id(), version,
                        today.minusDays(21), 9)),
                new Refused("facility.futureCount", () -> facilities.recount(stops.id(), version, today.plusDays(1), 9)),
                new Refused("date.required", () -> facilities.recount(stops.id(), version, null, 9)),
                new Refused("facility.quantity", () -> facilities.recount(stops.id(), version, today, -1)),
                new Refused("facility.futureCount", () -> facilities.record("630102", FacilityKind.BUS_STOP,
                        name + "乙", 1, today.plusDays(1))),
                new Refused("date.required", () -> facilities.record("630102", FacilityKind.BUS_STOP,
                        name + "乙", 1, null)))) {
            assertEquals(r.key(), assertThrows(InvalidValueException.class, r.call()).key());
        }
        assertThrows(ConcurrentChangeException.class, () -> facilities.recount(stops.id(), revised.version(), today, 9));
        assertEquals(rows, count(countRows), "nothing counted");
        assertEquals(audited, count(audits), "nothing audited");
        assertEquals(0, count("SELECT COUNT(*) FROM accessible_facility WHERE name = '" + name + "乙'"));
        FacilityView now = facilities.list().stream().filter(f -> f.id() == stops.id()).findFirst().orElseThrow();
        assertEquals(version, now.version(), "a refused count leaves the version where it was");
        assertEquals(13, now.quantity());

        // today's count with the version read: the third, the earlier two as they were
        FacilityView todays = facilities.recount(stops.id(), version, today, 16);
        assertEquals(16, todays.quantity());
        assertEquals(List.of(16, 13, 10), facilities.counts(stops.id()).stream()
                .map(FacilityView.CountView::quantity).toList());
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private String single(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
