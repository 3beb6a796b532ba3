package cn.xndpf.application.subsidy;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportTemplate;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.SheetColumn;
import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.SubsidyType;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bulk import of subsidy applications (两项补贴批量导入) from an Excel workbook, for townships that took
 * applications on paper. Each row is judged by exactly the rules of {@link SubsidyService#apply}, and a
 * good row is taken by {@code apply} itself in a transaction of its own (the case, its timeline and its
 * audit entry together): a bad row, or a crash half-way through the file, never leaves half a row
 * behind, and the rows already taken stay taken. Importing the same file again adds nothing: each of
 * its people then holds an open case, which the rules refuse to duplicate.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
// No transaction of its own: every row gets a fresh one from SubsidyService.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubsidyImportService {

    /** Rows one file may hold; larger batches are split so that a screen answers within a request. */
    public static final int MAX_ROWS = 2000;

    @EJB
    private SubsidyService subsidies;

    /**
     * Imports the applications of a workbook (.xlsx): the first sheet, headings in its first row (see
     * {@link ImportColumn}), one application per row below.
     *
     * @param locale language of the problem messages in the report
     * @throws InvalidValueException (field {@code file}) when the file as a whole cannot be read; then
     *                               nothing is imported
     */
    public ImportReport importApplications(byte[] workbook, Locale locale) {
        List<ImportReport.ImportedRow> imported = new ArrayList<>();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        int[] stoppedAt = {0};
        int rows = WorkbookReader.read(workbook, ImportColumn.class, MAX_ROWS, row -> {
            if (stoppedAt[0] > 0) {
                problems.add(new ImportReport.RowProblem(row.number(), null, new InvalidValueException("file",
                        "import.notReached", String.valueOf(stoppedAt[0])).message(locale)));
                return;
            }
            try {
                importRow(row, locale, imported, problems);
            } catch (EJBException systemError) {
                // Each row is its own transaction: the rows before it stay stored, this one was rolled
                // back. The report says so row by row, rather than the whole import failing as one
                // error page that leaves the user guessing which rows were taken.
                String incident = Incidents.record("subsidy import, row " + row.number(), systemError);
                problems.add(new ImportReport.RowProblem(row.number(), null,
                        new InvalidValueException("file", "import.systemError", incident).message(locale)));
                stoppedAt[0] = row.number();
            }
        });
        return new ImportReport(rows, List.copyOf(imported), List.copyOf(problems));
    }

    private void importRow(WorkbookReader.SheetRow<ImportColumn> row, Locale locale,
                           List<ImportReport.ImportedRow> imported, List<ImportReport.RowProblem> problems) {
        int rowNumber = row.number();
        List<InvalidValueException> found = new ArrayList<>();
        String idNumber = row.digits(ImportColumn.ID_NUMBER, found);
        SubsidyType type = type(row.text(ImportColumn.TYPE), found);
        String bankName = row.text(ImportColumn.BANK_NAME);
        String account = row.digits(ImportColumn.BANK_ACCOUNT, found);
        LocalDate appliedOn = row.date(ImportColumn.APPLIED_ON, found);
        SubsidyApplication form = new SubsidyApplication(idNumber, type, bankName, account, appliedOn);

        // What the sheet itself got wrong is said in the sheet's terms; the service judges everything else.
        Set<String> alreadySaid = new HashSet<>();
        found.forEach(p -> alreadySaid.add(p.field()));
        for (InvalidValueException p : subsidies.problems(form)) {
            if (!alreadySaid.contains(p.field())) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            try {
                long caseId = subsidies.apply(form);
                imported.add(new ImportReport.ImportedRow(rowNumber, caseId, IdNumber.of(idNumber).masked()));
                return;
            } catch (InvalidValueException e) {
                // Changed between the check and the taking (e.g. someone applied for the same person meanwhile).
                found.add(e);
            }
        }
        for (InvalidValueException p : found) {
            problems.add(new ImportReport.RowProblem(rowNumber, SheetColumn.of(ImportColumn.values(), p.field()),
                    p.message(locale)));
        }
    }

    /** A workbook to fill in: the headings, text-formatted number columns, a list for the subsidy, notes. */
    public byte[] template() {
        return ImportTemplate.workbook("两项补贴申请", ImportColumn.values(), EnumSet.of(ImportColumn.APPLIED_ON),
                List.of(
                        "填写说明（导入时只读取第一个工作表）",
                        "1. 第一行为列标题，请勿修改；从第二行起每行一份申请，最多 " + MAX_ROWS + " 行。",
                        "2. 身份证号、银行账号两列为文本格式，请直接输入数字，不要改为数值格式（否则会丢失位数）。",
                        "3. 补贴类别填写“生活补贴”（困难残疾人生活补贴）或“护理补贴”（重度残疾人护理补贴）。",
                        "4. 申请日期为受理申请的日期，格式如 2026-01-15，不能晚于导入当天；补贴从申请当月起计发。",
                        "5. 每行按与网上申请相同的条件审查：人员须在您的辖区内、持有有效残疾人证并符合补贴条件，且尚无该项补贴的在办或享受中的办件。",
                        "6. 合格的行逐行导入并进入初审；不合格的行不导入，结果中列出行号、列和原因，修改后可重新导入同一文件（已导入的行不会重复导入）。"),
                sheet -> {
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    DataValidation types = helper.createValidation(
                            helper.createExplicitListConstraint(new String[]{"生活补贴", "护理补贴"}),
                            new CellRangeAddressList(1, MAX_ROWS, ImportColumn.TYPE.ordinal(), ImportColumn.TYPE.ordinal()));
                    types.setShowErrorBox(true);
                    sheet.addValidationData(types);
                });
    }

    private static SubsidyType type(String text, List<InvalidValueException> found) {
        if (text == null) {
            return null; // the service says it is required
        }
        for (SubsidyType t : SubsidyType.values()) {
            // the full name, or its short form as people say it: 生活补贴, 护理补贴
            if (text.equals(t.chineseName()) || text.length() >= 4 && t.chineseName().endsWith(text)
                    || text.equalsIgnoreCase(t.englishName()) || text.equalsIgnoreCase(t.name())) {
                return t;
            }
        }
        found.add(new InvalidValueException(ImportColumn.TYPE.field(), "import.typeUnknown", text));
        return null;
    }
}
