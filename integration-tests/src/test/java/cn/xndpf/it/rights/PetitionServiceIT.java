package cn.xndpf.it.rights;

import cn.xndpf.application.home.HomeService;
import cn.xndpf.application.home.Workbench;
import cn.xndpf.application.rights.ClosureRate;
import cn.xndpf.application.rights.PetitionForm;
import cn.xndpf.application.rights.PetitionService;
import cn.xndpf.application.rights.PetitionView;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rights.PetitionChannel;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.rights.PetitionStep;
import cn.xndpf.domain.rights.Satisfaction;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Petitions (信访) through their EJB service, as the screens call it, on the server's real settings (V40: 15,
 * 60, +30, 30, 30 calendar days): a petition runs from registration to closure with its deadlines, each step
 * on its timeline and audited with before and after (the contact masked); district staff see only their
 * division's petitions (another division's answers like a missing one); the list puts overdue petitions first
 * and the reminder list holds those due within N days; the closure rate counts closed over accepted; every
 * refusal (bad input, a step out of order or too late, a stale version, another jurisdiction, a role without
 * the right) changes nothing and audits nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionServiceIT {

    private static final String CONTACT = "13912345678";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PetitionServiceIT.class);
    }

    @EJB
    private PetitionService petitions;

    @EJB
    private HomeService home;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static PetitionForm form(String division, LocalDate received, String idNumber) {
        return new PetitionForm(PetitionChannel.VISIT, "信访人" + System.nanoTime() % 100_000, CONTACT, idNumber,
                "反映无障碍通道被占用", division, received);
    }

    @Test
    void aPetitionRunsFromRegistrationToClosureWithItsDeadlinesEachStepAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        LocalDate received = today.minusDays(10);
        PetitionView p = petitions.register(form("630102", received, null));
        assertEquals(PetitionState.RECEIVED, p.state());
        assertEquals(received.plusDays(15), p.acceptBy(), "15 calendar days to decide on acceptance");
        assertEquals(p.acceptBy(), p.dueOn());
        assertFalse(p.registered(), "a petitioner without an ID number is not linked to the registry");

        p = petitions.accept(p.id(), p.version(), today.minusDays(2));
        assertEquals(today.minusDays(2).plusDays(60), p.answerBy(), "60 days to answer from acceptance");
        p = petitions.extend(p.id(), p.version(), 20, "需会同住建部门调查核实，延期20日");
        assertEquals(today.minusDays(2).plusDays(80), p.answerBy(), "extended once by 20 days");
        assertEquals(p.answerBy(), p.dueOn());
        p = petitions.answer(p.id(), p.version(), today, "已协调物业清理通道");
        assertEquals(today.plusDays(30), p.reviewRequestBy(), "30 days for the petitioner to ask for a review");
        assertNull(p.dueOn());
        p = petitions.close(p.id(), p.version(), today, Satisfaction.SATISFIED);
        assertEquals(PetitionState.CLOSED, p.state());
        assertEquals(Satisfaction.SATISFIED, p.satisfaction());
        assertEquals(List.of(PetitionStep.RECEIVED, PetitionStep.ACCEPTED, PetitionStep.EXTENDED,
                PetitionStep.ANSWERED, PetitionStep.CLOSED), p.timeline().stream().map(PetitionView.Step::step).toList());
        assertEquals("chengdong", p.timeline().get(0).actor());

        List<String[]> audit = audit(p.id());
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"),
                audit.stream().map(a -> a[1]).toList());
        assertTrue(audit.stream().allMatch(a -> a[0].equals("chengdong")));
        assertTrue(audit.get(2)[3].contains("\"extendedDays\":20"), audit.get(2)[3]);
        assertTrue(audit.get(4)[2].contains("\"state\":\"ANSWERED\"") && audit.get(4)[3].contains("\"state\":\"CLOSED\""),
                "before and after of the closure");
        assertTrue(audit.stream().noneMatch(a -> a[2].contains(CONTACT) || a[3].contains(CONTACT)),
                "the contact is masked in the audit log");
        assertTrue(audit.stream().filter(a -> !a[1].isEmpty()).map(a -> a[4]).allMatch("630102"::equals));
        assertTrue(petitions.openPetitions().stream().noneMatch(v -> v.id() == petitionId(audit)),
                "a closed petition leaves the division's list");
    }

    @Test
    void districtStaffSeeOnlyTheirDivisionsPetitionsAndAnotherAnswersLikeAMissingOne() throws SQLException {
        StaffLogin.as("city", "city123");
        PetitionView chengzhong = petitions.register(form("630103", PlatformClock.today(), null));
        assertTrue(petitions.openPetitions().stream().anyMatch(v -> v.id() == chengzhong.id()), "city sees all");

        StaffLogin.as("chengdong", "district123");
        long rows = petitionRows();
        long audits = auditRows();
        assertTrue(petitions.openPetitions().stream().allMatch(v -> v.divisionCode().startsWith("630102")));
        assertEquals("petition.notFound", assertThrows(InvalidValueException.class,
                () -> petitions.petition(chengzhong.id())).key());
        assertEquals("petition.notFound", assertThrows(InvalidValueException.class,
                () -> petitions.petition(Long.MAX_VALUE)).key(), "a missing petition is refused the same way");
        assertEquals("petition.notFound", assertThrows(InvalidValueException.class,
                () -> petitions.accept(chengzhong.id(), chengzhong.version(), PlatformClock.today())).key());
        assertThrows(AccessDeniedException.class, () -> petitions.register(form("630103", PlatformClock.today(), null)));
        PetitionView mine = petitions.register(form("630102", PlatformClock.today(), null));
        rows++;
        audits++;
        assertThrows(AccessDeniedException.class, () -> petitions.assign(mine.id(), mine.version(), "630103"),
                "a petition is not handed out of the jurisdiction");
        assertEquals(rows, petitionRows(), "refusals register nothing");
        assertEquals(audits, auditRows(), "refusals audit nothing");
        assertEquals("630102", petitions.petition(mine.id()).divisionCode());

        // the city hands a petition to 城东区: from then on it is theirs
        StaffLogin.as("city", "city123");
        PetitionView handed = petitions.assign(chengzhong.id(), chengzhong.version(), "630102");
        assertEquals(PetitionStep.ASSIGNED, handed.timeline().get(handed.timeline().size() - 1).step());
        StaffLogin.as("chengdong", "district123");
        assertEquals("630102", petitions.petition(chengzhong.id()).divisionCode());
    }

    @Test
    void theDivisionsListPutsOverduePetitionsFirstAndTheReminderListHoldsThoseDueSoon() {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        PetitionView soon = petitions.register(form("630102", today.minusDays(12), null));
        PetitionView late = petitions.register(form("630102", today.minusDays(20), null));
        assertEquals(today.plusDays(3), soon.dueOn());
        assertFalse(soon.overdue());
        assertTrue(late.overdue(), "not accepted or refused within 15 days");

        List<PetitionView> list = petitions.openPetitions();
        List<Long> ids = list.stream().map(PetitionView::id).toList();
        assertTrue(ids.indexOf(late.id()) < ids.indexOf(soon.id()), "overdue first");
        int firstInTime = ids.indexOf(list.stream().filter(v -> !v.overdue()).findFirst().orElseThrow().id());
        assertTrue(list.subList(firstInTime, list.size()).stream().noneMatch(PetitionView::overdue),
                "every overdue petition before every other");
        assertTrue(petitions.overdue().stream().anyMatch(v -> v.id() == late.id()));
        assertTrue(petitions.overdue().stream().noneMatch(v -> v.id() == soon.id()));

        List<Long> dueIn3 = petitions.dueWithin(3).stream().map(PetitionView::id).toList();
        assertTrue(dueIn3.contains(soon.id()), "due on its third day from today");
        assertFalse(dueIn3.contains(late.id()), "an overdue petition is on the overdue list, not the reminder");
        assertFalse(petitions.dueWithin(2).stream().anyMatch(v -> v.id() == soon.id()));
        assertTrue(petitions.dueWithin(null).stream().anyMatch(v -> v.id() == soon.id()),
                "the setting's 5 days when no number is given");
    }

    @Test
    void aRegisteredPetitionerIsLinkedByIdNumberAndAnUnregisteredOneIsNot() throws SQLException {
        StaffLogin.as("city", "city123");
        String registered = firstRegisteredIdNumber();
        assertTrue(petitions.register(form("630102", PlatformClock.today(), registered)).registered());
        String first17 = "63010219800101999";
        String unknown = first17 + IdNumber.checkCharacter(first17);
        PetitionView p = petitions.register(form("630102", PlatformClock.today(), unknown));
        assertFalse(p.registered());
        assertFalse(p.maskedIdNumber().contains("19800101"), "shown masked");
    }

    @Test
    void theClosureRateIsClosedOverAccepted() {
        StaffLogin.as("city", "city123");
        LocalDate day = PlatformClock.today().minusDays(40);
        ClosureRate before = petitions.closureRate(day, day);
        PetitionView refused = petitions.register(form("630123", day, null));
        petitions.refuse(refused.id(), refused.version(), day, "不属于残联职责，已告知向人社部门反映");
        PetitionView closed = petitions.register(form("630123", day, null));
        closed = petitions.accept(closed.id(), closed.version(), day);
        closed = petitions.answer(closed.id(), closed.version(), day.plusDays(5), "已答复");
        petitions.close(closed.id(), closed.version(), day.plusDays(6), Satisfaction.BASICALLY_SATISFIED);
        PetitionView open = petitions.register(form("630123", day, null));
        petitions.accept(open.id(), open.version(), day);
        ClosureRate after = petitions.closureRate(day, day);
        assertEquals(before.received() + 3, after.received());
        assertEquals(before.accepted() + 2, after.accepted(), "a petition not accepted is outside the denominator");
        assertEquals(before.closed() + 1, after.closed());
    }

    @Test
    void badInputStepsOutOfOrderOrTooLateAndStaleVersionsChangeNothing() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        long rows = petitionRows();
        long audits = auditRows();
        refused("channel", () -> petitions.register(new PetitionForm(null, "张三", CONTACT, null, "事项", "630102", today)));
        refused("petitionerName", () -> petitions.register(new PetitionForm(PetitionChannel.PHONE, " ", CONTACT, null,
                "事项", "630102", today)));
        refused("contact", () -> petitions.register(new PetitionForm(PetitionChannel.PHONE, "张三", "", null,
                "事项", "630102", today)));
        refused("matter", () -> petitions.register(new PetitionForm(PetitionChannel.PHONE, "张三", CONTACT, null,
                "", "630102", today)));
        refused("idNumber", () -> petitions.register(form("630102", today, "630102198001019990")));
        refused("divisionCode", () -> petitions.register(form("", today, null)));
        refused("divisionCode", () -> petitions.register(form("630102999", today, null)));
        refused("receivedOn", () -> petitions.register(form("630102", null, null)));
        refused("receivedOn", () -> petitions.register(form("630102", today.plusDays(1), null)));
        assertEquals(rows, petitionRows(), "refusals register nothing");
        assertEquals(audits, auditRows(), "refusals audit nothing");

        PetitionView p = petitions.register(form("630102", today.minusDays(3), null));
        long stepAudits = auditRows();
        refused("state", () -> petitions.answer(p.id(), p.version(), today, "答复"));
        refused("day", () -> petitions.accept(p.id(), p.version(), today.minusDays(4)));
        refused("day", () -> petitions.accept(p.id(), p.version(), today.plusDays(1)));
        PetitionView accepted = petitions.accept(p.id(), p.version(), today);
        stepAudits++;
        assertThrows(ConcurrentChangeException.class, () -> petitions.accept(p.id(), p.version(), today),
                "the version read before the acceptance");
        refused("extensionDays", () -> petitions.extend(accepted.id(), accepted.version(), 31, "需调查"));
        refused("extensionDays", () -> petitions.extend(accepted.id(), accepted.version(), null, "需调查"));
        refused("note", () -> petitions.extend(accepted.id(), accepted.version(), 10, " "));
        refused("state", () -> petitions.close(accepted.id(), accepted.version(), today, Satisfaction.SATISFIED));
        PetitionView now = petitions.petition(p.id());
        assertEquals(PetitionState.ACCEPTED, now.state());
        assertEquals(0, now.extendedDays());
        assertEquals(accepted.version(), now.version());
        assertEquals(2, now.timeline().size());
        assertEquals(stepAudits, auditRows(), "refused steps audit nothing");
    }

    @Test
    void onlyDistrictAndCityStaffHandlePetitions() throws SQLException {
        long rows = petitionRows();
        for (String[] user : new String[][]{{"worker-dongguan", "worker123"}, {"clerk-dongguan", "clerk123"},
                {"civil-chengdong", "civil123"}, {"admin", "admin123"}}) {
            StaffLogin.as(user[0], user[1]);
            assertThrows(EJBAccessException.class, () -> petitions.register(form("630102", PlatformClock.today(),
                    null)), user[0]);
            assertThrows(EJBAccessException.class, () -> petitions.openPetitions(), user[0]);
        }
        assertEquals(rows, petitionRows());
    }

    @Test
    void openingAPetitionsPageIsAuditedAsAViewAndAnotherDivisionsIsRefusedUnaudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        PetitionView p = petitions.register(form("630102", PlatformClock.today(), null));
        PetitionView opened = petitions.open(p.id());
        assertEquals(p.id(), opened.id());
        assertEquals(1, opened.timeline().size(), "the page's petition comes with its timeline");
        List<String[]> audit = audit(p.id());
        assertEquals(List.of("CREATE", "VIEW"), audit.stream().map(a -> a[1]).toList());
        assertEquals("chengdong", audit.get(1)[0]);
        assertEquals("630102", audit.get(1)[4]);
        petitions.petition(p.id());
        assertEquals(2, audit(p.id()).size(), "reading it for a step's answer is not a view of the page");

        StaffLogin.as("chengzhong", "district123");
        assertEquals("petition.notFound", assertThrows(InvalidValueException.class,
                () -> petitions.open(p.id())).key());
        assertEquals(2, audit(p.id()).size(), "another division's refused opening is not audited");
    }

    @Test
    void theHomePageNoticesTheDivisionsOverduePetitionsAndThoseDueSoon() {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        long overdueBefore = noticed("home.notice.petitionsOverdue");
        long dueSoonBefore = noticed("home.notice.petitionsDueSoon");
        StaffLogin.as("chengzhong", "district123");
        long otherOverdueBefore = noticed("home.notice.petitionsOverdue");

        StaffLogin.as("chengdong", "district123");
        // acceptance is due 15 days after receipt: received 20 days ago it is overdue, 12 days ago due in 3
        petitions.register(form("630102", today.minusDays(20), null));
        petitions.register(form("630102", today.minusDays(12), null));
        assertEquals(overdueBefore + 1, noticed("home.notice.petitionsOverdue"));
        assertEquals(dueSoonBefore + 1, noticed("home.notice.petitionsDueSoon"));
        Workbench.Notice dueSoon = home.workbench(Locale.CHINA).notices().stream()
                .filter(n -> n.key().equals("home.notice.petitionsDueSoon")).findFirst().orElseThrow();
        assertEquals("5", dueSoon.args().get(1), "within the reminder days of the setting");
        assertEquals("/app/rights/petitions.xhtml", dueSoon.page());

        StaffLogin.as("chengzhong", "district123");
        assertEquals(otherOverdueBefore, noticed("home.notice.petitionsOverdue"), "another division's are not noticed");
        StaffLogin.as("worker-dongguan", "worker123");
        assertTrue(home.workbench(Locale.CHINA).notices().stream().noneMatch(n -> n.key().contains("petitions")),
                "a community worker, who does not handle petitions, is not told of them");
    }

    /** The number a petition notice of the caller's home page gives, 0 without the notice. */
    private long noticed(String key) {
        return home.workbench(Locale.CHINA).notices().stream().filter(n -> n.key().equals(key))
                .mapToLong(n -> Long.parseLong(n.args().get(0))).sum();
    }

    private static void refused(String field, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, field);
        assertEquals(field, e.field(), e.key());
    }

    private static long petitionId(List<String[]> audit) {
        return Long.parseLong(audit.get(0)[5]);
    }

    private List<String[]> audit(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT actor, action, before_state, after_state, division_code, entity_id FROM audit_entry"
                        + " WHERE entity_type = 'Petition' AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(id));
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2),
                            r.getString(3) == null ? "" : r.getString(3), r.getString(4) == null ? "" : r.getString(4),
                            r.getString(5), r.getString(6)});
                }
            }
            return rows;
        }
    }

    private String firstRegisteredIdNumber() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id_number FROM person ORDER BY id FETCH FIRST 1 ROWS ONLY"); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "the demo registry has people");
            return r.getString(1);
        }
    }

    private long petitionRows() throws SQLException {
        return count("SELECT COUNT(*) FROM petition");
    }

    private long auditRows() throws SQLException {
        return count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Petition'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
