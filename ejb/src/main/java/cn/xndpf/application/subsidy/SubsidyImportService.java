package cn.xndpf.application.subsidy;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.UploadedFiles;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Ways people write a date in a text cell; strict, so that 2026-02-30 is refused, not moved. */
    private static final List<DateTimeFormatter> DATE_FORMATS = java.util.stream.Stream.of(
                    "uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd", "uuuu年M月d日")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

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
        try (Workbook wb = open(workbook)) {
            Sheet sheet = wb.getSheetAt(0);
            Map<ImportColumn, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
            int headingRow = sheet.getFirstRowNum();
            List<Row> rows = new ArrayList<>();
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (!isBlank(row, columns)) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                throw new InvalidValueException("file", "import.empty");
            }
            if (rows.size() > MAX_ROWS) {
                throw new InvalidValueException("file", "import.tooManyRows", MAX_ROWS, rows.size());
            }
            List<ImportReport.ImportedRow> imported = new ArrayList<>();
            List<ImportReport.RowProblem> problems = new ArrayList<>();
            Integer stoppedAt = null;
            for (Row row : rows) {
                int rowNumber = row.getRowNum() + 1;
                if (stoppedAt != null) {
                    String reached = String.valueOf(stoppedAt);
                    problems.add(new ImportReport.RowProblem(rowNumber, null,
                            new InvalidValueException("file", "import.notReached", reached).message(locale)));
                    continue;
                }
                try {
                    importRow(row, columns, locale, imported, problems);
                } catch (EJBException systemError) {
                    // Each row is its own transaction: the rows before it stay stored, this one was rolled
                    // back. The report says so row by row, rather than the whole import failing as one
                    // error page that leaves the user guessing which rows were taken.
                    String incident = Incidents.record("subsidy import, row " + rowNumber, systemError);
                    problems.add(new ImportReport.RowProblem(rowNumber, null,
                            new InvalidValueException("file", "import.systemError", incident).message(locale)));
                    stoppedAt = rowNumber;
                }
            }
            return new ImportReport(rows.size(), List.copyOf(imported), List.copyOf(problems));
        } catch (IOException e) {
            throw new InvalidValueException("file", "import.notWorkbook");
        }
    }

    private void importRow(Row row, Map<ImportColumn, Integer> columns, Locale locale,
                           List<ImportReport.ImportedRow> imported, List<ImportReport.RowProblem> problems) {
        int rowNumber = row.getRowNum() + 1;
        List<InvalidValueException> found = new ArrayList<>();
        String idNumber = digits(cell(row, columns, ImportColumn.ID_NUMBER), ImportColumn.ID_NUMBER, found);
        SubsidyType type = type(text(cell(row, columns, ImportColumn.TYPE)), found);
        String bankName = text(cell(row, columns, ImportColumn.BANK_NAME));
        String account = digits(cell(row, columns, ImportColumn.BANK_ACCOUNT), ImportColumn.BANK_ACCOUNT, found);
        LocalDate appliedOn = date(cell(row, columns, ImportColumn.APPLIED_ON), found);
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
            problems.add(new ImportReport.RowProblem(rowNumber, columnOf(p.field()), p.message(locale)));
        }
    }

    /** A workbook to fill in: the headings, text-formatted number columns, a list for the subsidy, notes. */
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("两项补贴申请");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle heading = wb.createCellStyle();
            heading.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(c.chineseName());
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c.ordinal(), c.width() * 256);
                sheet.setDefaultColumnStyle(c.ordinal(), c == ImportColumn.APPLIED_ON ? date : text);
            }
            sheet.createFreezePane(0, 1);

            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation types = helper.createValidation(
                    helper.createExplicitListConstraint(new String[]{"生活补贴", "护理补贴"}),
                    new CellRangeAddressList(1, MAX_ROWS, ImportColumn.TYPE.ordinal(), ImportColumn.TYPE.ordinal()));
            types.setShowErrorBox(true);
            sheet.addValidationData(types);

            Sheet notes = wb.createSheet("填写说明");
            notes.setColumnWidth(0, 100 * 256);
            String[] lines = {
                    "填写说明（导入时只读取第一个工作表）",
                    "1. 第一行为列标题，请勿修改；从第二行起每行一份申请，最多 " + MAX_ROWS + " 行。",
                    "2. 身份证号、银行账号两列为文本格式，请直接输入数字，不要改为数值格式（否则会丢失位数）。",
                    "3. 补贴类别填写“生活补贴”（困难残疾人生活补贴）或“护理补贴”（重度残疾人护理补贴）。",
                    "4. 申请日期为受理申请的日期，格式如 2026-01-15，不能晚于导入当天；补贴从申请当月起计发。",
                    "5. 每行按与网上申请相同的条件审查：人员须在您的辖区内、持有有效残疾人证并符合补贴条件，且尚无该项补贴的在办或享受中的办件。",
                    "6. 合格的行逐行导入并进入初审；不合格的行不导入，结果中列出行号、列和原因，修改后可重新导入同一文件（已导入的行不会重复导入）。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workbook open(byte[] content) {
        return UploadedFiles.workbook(content);
    }

    private static Map<ImportColumn, Integer> columns(Row heading) {
        Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
        if (heading != null) {
            for (Cell cell : heading) {
                String h = text(cell);
                for (ImportColumn c : ImportColumn.values()) {
                    if (c.isNamedBy(h) && !found.containsKey(c)) {
                        found.put(c, cell.getColumnIndex());
                    }
                }
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (!found.containsKey(c)) {
                throw new InvalidValueException("file", "import.missingColumn", c.chineseName());
            }
        }
        return found;
    }

    private static boolean isBlank(Row row, Map<ImportColumn, Integer> columns) {
        if (row == null) {
            return true;
        }
        for (Integer i : columns.values()) {
            Cell c = row.getCell(i);
            if (c != null && typeOf(c) != CellType.BLANK && !(typeOf(c) == CellType.STRING
                    && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Cell cell(Row row, Map<ImportColumn, Integer> columns, ImportColumn column) {
        return row.getCell(columns.get(column));
    }

    private static CellType typeOf(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private static String text(Cell c) {
        if (c == null) {
            return null;
        }
        String s = typeOf(c) == CellType.STRING ? c.getStringCellValue() : new DataFormatter().formatCellValue(c);
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A column of digits (ID number, account). Excel keeps only 15 significant digits of a number, so a
     * longer one typed as a number has already lost digits: it is refused instead of being guessed at.
     */
    private static String digits(Cell c, ImportColumn column, List<InvalidValueException> found) {
        if (c == null) {
            return null;
        }
        if (typeOf(c) == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            if (v == Math.rint(v) && v >= 0 && v < 1e15) {
                return new BigDecimal(v).toPlainString();
            }
            found.add(new InvalidValueException(column.field(), "import.textRequired"));
            return null;
        }
        return text(c);
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

    private static LocalDate date(Cell c, List<InvalidValueException> found) {
        String field = ImportColumn.APPLIED_ON.field();
        if (c == null || typeOf(c) == CellType.BLANK) {
            found.add(new InvalidValueException(field, "date.required"));
            return null;
        }
        if (typeOf(c) == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(c);
        if (text == null) {
            found.add(new InvalidValueException(field, "date.required"));
            return null;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        found.add(new InvalidValueException(field, "import.dateFormat", text));
        return null;
    }

    private static ImportColumn columnOf(String field) {
        for (ImportColumn c : ImportColumn.values()) {
            if (c.field().equals(field)) {
                return c;
            }
        }
        return null;
    }
}
