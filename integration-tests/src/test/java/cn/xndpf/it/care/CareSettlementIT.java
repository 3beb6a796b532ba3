package cn.xndpf.it.care;

import cn.xndpf.application.care.CareApplication;
import cn.xndpf.application.care.CareService;
import cn.xndpf.application.care.CareSettlementService;
import cn.xndpf.application.care.CareSettlementView;
import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.care.CarePeople.Applicant;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly settlement of the care subsidy per institution (阳光家园补助结算) inside the real EAR: each person
 * placed through a care case, their recorded days or visits, the amount at the dated rate (V19's settings:
 * day care 400.00 a month in full from 20 days, home care 200.00 in full from 4 visits), settled once
 * however often it is asked for, audited once, within the jurisdiction; refusals create nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CareSettlementIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CareSettlementIT.class, CarePeople.class, CarePeople.Applicant.class);
    }

    @EJB
    private CareService care;

    @EJB
    private CareSettlementService settlements;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @EJB
    private InstitutionService institutions;

    @EJB
    private ServiceRecordService records;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final YearMonth lastMonth = YearMonth.from(PlatformClock.today()).minusMonths(1);
    private final LocalDate placedOn = lastMonth.minusMonths(1).atDay(1);

    private InstitutionView careInstitution() {
        StaffLogin.as("city", "city123");
        return institutions.register(new InstitutionForm("阳光家园结算" + System.nanoTime() % 1_000_000,
                InstitutionKind.CARE, "青残托字〔2023〕5号", EnumSet.of(ServiceKind.DAY_CARE, ServiceKind.HOME_CARE),
                20, "630102", placedOn.minusYears(1), null));
    }

    /** A person placed with the institution through a care case applied for and placed two months ago. */
    private Applicant placed(InstitutionView at, CareKind kind) {
        Applicant a = CarePeople.register(registry);
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = care.apply(new CareApplication(a.idNumber(), kind, placedOn));
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
        StaffLogin.as("chengdong", "district123");
        workflow.review(caseId, workflow.open(caseId).version(), ReviewDecision.APPROVE, null);
        care.place(caseId, workflow.open(caseId).version(), at.id(), placedOn);
        return a;
    }

    private void recordDays(Applicant a, InstitutionView at, ServiceKind service, int days) {
        StaffLogin.as("worker-dongguan", "worker123");
        for (int d = 1; d <= days; d++) {
            records.record(new NewServiceRecord(a.idNumber(), at.id(), service, lastMonth.atDay(d), 1,
                    new BigDecimal("30.00")), RecordChannel.SCREEN);
        }
    }

    @Test
    void aMonthIsSettledOnceAtTheDatedRatesHoweverOftenItIsAskedFor() throws SQLException {
        InstitutionView home = careInstitution();
        Applicant fullMonth = placed(home, CareKind.DAY_CARE);
        Applicant twoVisits = placed(home, CareKind.HOME_CARE);
        Applicant nothingRecorded = placed(home, CareKind.DAY_CARE);
        recordDays(fullMonth, home, ServiceKind.DAY_CARE, 22);
        recordDays(twoVisits, home, ServiceKind.HOME_CARE, 2);

        StaffLogin.as("chengdong", "district123");
        CareSettlementView s = settlements.settle(home.id(), lastMonth);
        assertEquals(3, s.persons());
        assertEquals(24, s.units());
        assertEquals(new BigDecimal("500.00"), s.totalAmount(), "400.00 in full + 2/4 of 200.00 + nothing");
        assertEquals(new BigDecimal("400.00"), line(s, fullMonth).amount());
        assertEquals(22, line(s, fullMonth).units());
        assertEquals(new BigDecimal("100.00"), line(s, twoVisits).amount());
        assertEquals(new BigDecimal("200.00"), line(s, twoVisits).monthlyRate());
        assertEquals(new BigDecimal("0.00"), line(s, nothingRecorded).amount());
        assertTrue(!line(s, fullMonth).maskedIdNumber().equals(fullMonth.idNumber()), "masked");

        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CareSettlement' AND entity_id = '"
                + s.id() + "'");
        assertEquals(1, audits);
        StaffLogin.as("city", "city123");
        CareSettlementView again = settlements.settle(home.id(), lastMonth);
        assertEquals(s.id(), again.id(), "settled once");
        assertEquals(s.totalAmount(), again.totalAmount());
        assertEquals(1, count("SELECT COUNT(*) FROM care_settlement WHERE institution_id = " + home.id()));
        assertEquals(3, count("SELECT COUNT(*) FROM care_settlement_line WHERE settlement_id = " + s.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CareSettlement' AND entity_id = '"
                + s.id() + "'"), "the second run audits nothing");
        assertTrue(settlements.settlements(lastMonth).stream().anyMatch(v -> v.id() == s.id()));
    }

    @Test
    void refusalsSettleNothing() throws SQLException {
        InstitutionView home = careInstitution();
        placed(home, CareKind.DAY_CARE);
        StaffLogin.as("city", "city123");
        InstitutionView rehab = institutions.register(new InstitutionForm("康复机构结算" + System.nanoTime() % 1_000_000,
                InstitutionKind.REHABILITATION, "青残康字〔2023〕3号", EnumSet.of(ServiceKind.DAY_CARE), 10, "630102",
                placedOn.minusYears(1), null));
        long rows = count("SELECT COUNT(*) FROM care_settlement");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CareSettlement'");

        StaffLogin.as("chengdong", "district123");
        refused("month", "care.monthNotOver", () -> settlements.settle(home.id(), lastMonth.plusMonths(1)));
        refused("month", "date.required", () -> settlements.settle(home.id(), null));
        refused("institutionId", "care.institutionNotCare", () -> settlements.settle(rehab.id(), lastMonth));
        StaffLogin.as("chengzhong", "district123");
        refused("institutionId", "institution.notFound", () -> settlements.settle(home.id(), lastMonth));
        assertTrue(settlements.settlements(lastMonth).stream().noneMatch(v -> v.institutionId() == home.id()));
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> settlements.settle(home.id(), lastMonth));

        assertEquals(rows, count("SELECT COUNT(*) FROM care_settlement"));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CareSettlement'"));
    }

    private static CareSettlementView.Line line(CareSettlementView s, Applicant a) {
        return s.lines().stream().filter(l -> l.personId() == a.id()).findFirst().orElseThrow();
    }

    private static void refused(String field, String key, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call, key);
        assertEquals(key, e.key());
        assertEquals(field, e.field(), key);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
