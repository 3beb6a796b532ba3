package cn.xndpf.it.crash;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash test's hands on an import of subsidy applications inside the server; answers are one line of
 * {@code name=value} pairs separated by spaces (spaces within a value written as {@code _}).
 * <ul>
 * <li>{@code POST ?do=upload&people&unknown&itemDelayMillis}: registers {@code people} applicants of 东关街道 who
 * qualify for both subsidies (as 城东区's staff), writes a workbook of the service's template with two good rows
 * for each of them (护理补贴, 生活补贴) spread among {@code unknown} rows of unregistered ID numbers, sets the
 * test-only system property the import job reads to slow its writer down, and uploads it as 东关街道's clerk
 * ({@link SubsidyImportService#upload}, as the page does); answers the run, its rows and its good rows</li>
 * <li>{@code GET ?do=run&runId}: the run as its uploader sees it ({@link SubsidyImportService#run})</li>
 * <li>{@code POST ?do=continue&runId}: what the page's 继续导入 does ({@link SubsidyImportService#restart});
 * answers the execution it starts</li>
 * <li>{@code GET ?do=outcomes&runId}: the run's rows' outcomes and the cases they made, counted with plain SQL:
 * rows with an outcome, rows with both outcomes, imported and refused rows, the cases of the imported rows and
 * their people, every case those people hold, the (person, program) pairs held twice, and the cases' audit
 * entries naming the run</li>
 * </ul>
 */
@WebServlet("/it/crash-import")
public class CrashImportServlet extends HttpServlet {

    /** The test-only system property the import job XML hands its writer. */
    static final String DELAY_PROPERTY = "dpf.test.importItemDelayMillis";

    private static final String DONGGUAN = "630102001001";
    private static final String BANK = "中国农业银行西宁分行";
    private static final String ACCOUNT = "6228480098765432109";

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyImportService importer;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffLogin.as(request, response, "clerk-dongguan", "clerk123");
        long runId = Long.parseLong(request.getParameter("runId"));
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "run" -> describe(importer.run(runId));
            case "outcomes" -> outcomes(runId);
            default -> null;
        };
        CrashRollServlet.write(response, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "upload" -> upload(request, response, Integer.parseInt(request.getParameter("people")),
                    Integer.parseInt(request.getParameter("unknown")),
                    Long.parseLong(request.getParameter("itemDelayMillis")));
            case "continue" -> {
                StaffLogin.as(request, response, "clerk-dongguan", "clerk123");
                yield "execution=" + importer.restart(Long.parseLong(request.getParameter("runId")));
            }
            default -> null;
        };
        CrashRollServlet.write(response, answer);
    }

    private String upload(HttpServletRequest request, HttpServletResponse response, int people, int unknown,
                          long itemDelayMillis) throws IOException {
        StaffLogin.as(request, response, "chengdong", "district123");
        LocalDate today = PlatformClock.today();
        LocalDate yearAgo = today.minusYears(1);
        List<String[]> good = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String id = TestIds.valid("630102", i % 2 == 0);
            long personId = registry.register(new PersonRegistration(id, "导入崩溃测试", "汉族", "13900000000",
                    "测试地址1号", DONGGUAN, "HC" + id, true));
            registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE, yearAgo);
            PersonRecord record = registry.open(personId);
            registry.changeAssistance(record.household().id(), AssistanceStatus.DIBAO, true, yearAgo);
            good.add(new String[]{id, "护理补贴"});
            good.add(new String[]{id, "生活补贴"});
        }
        int total = good.size() + unknown;
        List<String[]> rows = new ArrayList<>(total);
        int taken = 0;
        for (int r = 0; r < total; r++) {
            // the good rows spread evenly over the file, so that every chunk holds some
            if (taken < good.size() && (long) r * good.size() >= (long) taken * total) {
                rows.add(good.get(taken++));
            } else {
                rows.add(new String[]{TestIds.valid("630102", r % 2 == 0), "护理补贴"});   // nobody registered
            }
        }
        StaffLogin.as(request, response, "clerk-dongguan", "clerk123");
        byte[] file = workbook(rows, today);
        // Set in this JVM only: the server is killed with it, and the one started again takes the rest at full speed.
        System.setProperty(DELAY_PROPERTY, String.valueOf(itemDelayMillis));
        long runId = importer.upload(file, "崩溃测试.xlsx");
        return "runId=" + runId + " rows=" + total + " good=" + good.size();
    }

    /** The service's template with the rows from row 2, as someone types them in Excel. */
    private byte[] workbook(List<String[]> rows, LocalDate appliedOn) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(importer.template()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(rows.get(r)[0]);
                row.createCell(1).setCellValue(rows.get(r)[1]);
                row.createCell(2).setCellValue(BANK);
                row.createCell(3).setCellValue(ACCOUNT);
                row.createCell(4).setCellValue(appliedOn.toString());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String describe(ImportRunView r) {
        return "status=" + r.status() + " rowsTotal=" + r.rowsTotal() + " rowsDone=" + r.rowsDone()
                + " rowsImported=" + r.rowsImported() + " rowsRefused=" + r.rowsRefused()
                + " execution=" + r.jobExecutionId()
                + " failureReason=" + (r.failureReason() == null ? "" : r.failureReason().replace(' ', '_'))
                + " failureReasonEn=" + (r.failureReasonEn() == null ? "" : r.failureReasonEn().replace(' ', '_'));
    }

    private String outcomes(long runId) {
        String casesOfRun = "SELECT case_id FROM import_run_row WHERE run_id = ? AND outcome = 'IMPORTED'";
        String peopleOfRun = "SELECT person_id FROM program_case WHERE id IN (" + casesOfRun + ")";
        try (Connection c = dataSource.getConnection()) {
            return "rowsWithOutcome=" + count(c, "SELECT COUNT(DISTINCT row_number) FROM import_run_row"
                    + " WHERE run_id = ?", runId)
                    + " bothOutcomes=" + count(c, "SELECT COUNT(*) FROM (SELECT row_number FROM import_run_row"
                    + " WHERE run_id = ? GROUP BY row_number HAVING COUNT(DISTINCT outcome) > 1) d", runId)
                    + " importedRows=" + count(c, "SELECT COUNT(*) FROM import_run_row WHERE run_id = ?"
                    + " AND outcome = 'IMPORTED'", runId)
                    + " refusedRows=" + count(c, "SELECT COUNT(DISTINCT row_number) FROM import_run_row"
                    + " WHERE run_id = ? AND outcome = 'REFUSED'", runId)
                    + " cases=" + count(c, "SELECT COUNT(DISTINCT case_id) FROM import_run_row WHERE run_id = ?"
                    + " AND outcome = 'IMPORTED'", runId)
                    + " people=" + count(c, "SELECT COUNT(DISTINCT person_id) FROM program_case WHERE id IN ("
                    + casesOfRun + ")", runId)
                    + " casesOfPeople=" + count(c, "SELECT COUNT(*) FROM program_case WHERE person_id IN ("
                    + peopleOfRun + ")", runId)
                    + " heldTwice=" + count(c, "SELECT COUNT(*) FROM (SELECT person_id, program_code FROM program_case"
                    + " WHERE person_id IN (" + peopleOfRun + ") GROUP BY person_id, program_code"
                    + " HAVING COUNT(*) > 1) d", runId)
                    + " auditedCases=" + count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case'"
                    + " AND action = 'CREATE' AND (after_state LIKE ? OR after_state LIKE ?)",
                    "%\"importRun\":" + runId + ",%", "%\"importRun\":" + runId + "}%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
