package cn.xndpf.application.institution;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.SheetColumn;
import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Excel import of real-name service records (实名制服务记录导入), for institutions that keep their daily
 * sign-in sheets in a workbook. The workbook is read by the shared {@link WorkbookReader}; each row is
 * recorded by {@link ServiceRecordService#record} itself (channel {@code IMPORT}), in a transaction of its
 * own, so it meets exactly the rules of the screen; a bad row is reported with its row, column and reason
 * and records nothing, the good rows stay recorded. Importing the same file again adds nothing: each row's
 * record then exists, which the rules refuse to duplicate.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF,
        Roles.INSTITUTION_STAFF})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF,
        Roles.INSTITUTION_STAFF})
// No transaction of its own: every row gets a fresh one from ServiceRecordService.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceRecordImportService {

    /** Rows one file may hold (a month of daily records of a large institution). */
    public static final int MAX_ROWS = 5000;

    @EJB
    private ServiceRecordService records;

    /**
     * Records the services of a workbook (.xlsx): the first sheet, headings in its first row (see
     * {@link RecordColumn}; an institution's staff may leave the institution number empty), one record per row.
     *
     * @throws InvalidValueException (field {@code file}) when the file as a whole cannot be read; then nothing
     *                               is recorded
     */
    public ImportReport importRecords(byte[] workbook, Locale locale) {
        List<ImportReport.ImportedRow> imported = new ArrayList<>();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        int rows = WorkbookReader.read(workbook, RecordColumn.class, MAX_ROWS,
                row -> importRow(row, locale, imported, problems));
        return new ImportReport(rows, List.copyOf(imported), List.copyOf(problems));
    }

    private void importRow(WorkbookReader.SheetRow<RecordColumn> row, Locale locale,
                           List<ImportReport.ImportedRow> imported, List<ImportReport.RowProblem> problems) {
        List<InvalidValueException> found = new ArrayList<>();
        String idNumber = row.digits(RecordColumn.ID_NUMBER, found);
        String institution = row.digits(RecordColumn.INSTITUTION, found);
        Long institutionId = null;
        if (institution != null) {
            try {
                institutionId = Long.valueOf(institution);
            } catch (NumberFormatException e) {
                found.add(new InvalidValueException(RecordColumn.INSTITUTION.field(), "institution.notFound"));
            }
        }
        ServiceKind service = service(row.text(RecordColumn.SERVICE), found);
        LocalDate day = row.date(RecordColumn.DAY, found);
        Integer quantity = row.integer(RecordColumn.QUANTITY, found);
        BigDecimal amount = row.decimal(RecordColumn.AMOUNT, found);
        if (found.isEmpty()) {
            try {
                ServiceRecordView v = records.record(new NewServiceRecord(idNumber, institutionId, service, day,
                        quantity, amount), RecordChannel.IMPORT);
                imported.add(new ImportReport.ImportedRow(row.number(), v.id(), v.maskedIdNumber()));
                return;
            } catch (InvalidValueException e) {
                found.add(e);
            }
        }
        Set<String> said = new HashSet<>();
        for (InvalidValueException p : found) {
            if (said.add(p.field() + p.key())) {
                problems.add(new ImportReport.RowProblem(row.number(), SheetColumn.of(RecordColumn.values(), p.field()),
                        p.message(locale)));
            }
        }
    }

    private static ServiceKind service(String text, List<InvalidValueException> found) {
        if (text == null) {
            found.add(new InvalidValueException(RecordColumn.SERVICE.field(), "serviceRecord.serviceRequired"));
            return null;
        }
        for (ServiceKind k : ServiceKind.values()) {
            if (text.equals(k.chineseName()) || text.equalsIgnoreCase(k.englishName()) || text.equalsIgnoreCase(k.name())) {
                return k;
            }
        }
        found.add(new InvalidValueException(RecordColumn.SERVICE.field(), "serviceRecord.serviceUnknown", text));
        return null;
    }
}
