package cn.xndpf.it.institution;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.institution.RecordColumn;
import cn.xndpf.application.institution.ServiceRecordImportService;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportReport.RowProblem;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Excel import of real-name service records inside the real EAR, read by the shared workbook reader the
 * subsidy import uses: good rows recorded (channel IMPORT, audited), every other row reported with its row,
 * column and reason and recording nothing; the same file again records nothing twice; a file that is not
 * a workbook records nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordImportIT {

    private static final String DONGGUAN = "630102001001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ServiceRecordImportIT.class);
    }

    @EJB
    private ServiceRecordImportService importer;

    @EJB
    private ServiceRecordService records;

    @EJB
    private InstitutionService institutions;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    private String enrolledPerson(InstitutionView at) {
        StaffLogin.as("chengdong", "district123");
        String id = TestIds.valid("630102", true);
        long personId = registry.register(new PersonRegistration(id, "导入测试人", "汉族", "13900000003", "测试地址4号",
                DONGGUAN, "HI" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.MENTAL, DisabilityLevel.TWO, today.minusYears(1));
        records.enrol(personId, at.id(), ServiceKind.DAY_CARE, today.minusDays(20), null);
        return id;
    }

    @Test
    void goodRowsAreRecordedAndEveryOtherRowIsReportedWithItsColumn() throws IOException, SQLException {
        StaffLogin.as("city", "city123");
        InstitutionView home = institutions.register(new InstitutionForm("导入阳光家园" + System.nanoTime() % 1_000_000,
                InstitutionKind.CARE, "青残托字〔2023〕8号", EnumSet.of(ServiceKind.DAY_CARE), 10, "630102",
                today.minusYears(1), null));
        String a = enrolledPerson(home);
        String b = enrolledPerson(home);
        String notEnrolled = TestIds.valid("630102", false);
        String inst = String.valueOf(home.id());
        byte[] file = workbook(
                new Object[]{a, inst, "日间照料", today.minusDays(3).toString(), 1, 45.5},          // 2: good
                new Object[]{b, inst, "DAY_CARE", today.minusDays(3).toString(), "1", "40"},         // 3: good
                new Object[]{a, inst, "日间照料", today.minusDays(3).toString(), 1, 45.5},          // 4: duplicate of 2
                new Object[]{a, inst, "洗衣服务", today.minusDays(2).toString(), 1, 10},            // 5: unknown service
                new Object[]{a, inst, "日间照料", "昨天", 1, 10},                                   // 6: bad date
                new Object[]{notEnrolled, inst, "日间照料", today.minusDays(2).toString(), 1, 10},  // 7: not found
                new Object[]{b, inst, "日间照料", today.minusDays(2).toString(), 1, "四十"});       // 8: amount
        long rows = count("SELECT COUNT(*) FROM service_record");
        StaffLogin.as("worker-dongguan", "worker123");
        ImportReport report = importer.importRecords(file, Locale.SIMPLIFIED_CHINESE);

        assertEquals(7, report.rows());
        assertEquals(List.of(2, 3), report.imported().stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(4, 5, 6, 7, 8), report.problems().stream().map(RowProblem::row).toList());
        assertEquals(List.of(RecordColumn.DAY, RecordColumn.SERVICE, RecordColumn.DAY, RecordColumn.ID_NUMBER,
                RecordColumn.AMOUNT), report.problems().stream().map(RowProblem::column).toList());
        assertEquals(rows + 2, count("SELECT COUNT(*) FROM service_record"));
        assertEquals(2, count("SELECT COUNT(*) FROM service_record WHERE institution_id = " + home.id()
                + " AND channel = 'IMPORT' AND recorded_by = 'worker-dongguan'"));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ServiceRecord'"
                + " AND actor = 'worker-dongguan' AND after_state LIKE '%\"institution\":" + home.id() + "%'"));

        ImportReport again = importer.importRecords(file, Locale.SIMPLIFIED_CHINESE);
        assertEquals(0, again.imported().size(), "nothing twice");
        assertEquals(rows + 2, count("SELECT COUNT(*) FROM service_record"));
    }

    @Test
    void aFileThatIsNotAWorkbookRecordsNothing() throws SQLException {
        long rows = count("SELECT COUNT(*) FROM service_record");
        StaffLogin.as("worker-dongguan", "worker123");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> importer.importRecords("身份证号,服务项目".getBytes(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("file", e.field());
        assertEquals(rows, count("SELECT COUNT(*) FROM service_record"));
    }

    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("服务记录");
            Row head = sheet.createRow(0);
            for (RecordColumn c : RecordColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.chineseName());
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
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
