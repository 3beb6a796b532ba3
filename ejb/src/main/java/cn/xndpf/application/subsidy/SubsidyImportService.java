package cn.xndpf.application.subsidy;

import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.shared.Page;
import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.ImportRun;
import cn.xndpf.domain.subsidy.ImportRunRepository;
import cn.xndpf.domain.subsidy.ImportRunRow;
import cn.xndpf.domain.subsidy.ImportRunStatus;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.inject.Inject;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.shared.ImportTemplate;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.SheetColumn;
import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.SubsidyType;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk import of subsidy applications (两项补贴批量导入) from an Excel workbook, for townships that took
 * applications on paper. The screen {@link #upload}s a file of up to {@value #MAX_JOB_ROWS} rows: it is checked as
 * a whole, stored as an import run and taken by the batch job {@value #JOB} chunk by chunk ({@link
 * SubsidyImportSteps}), each row judged by exactly the rules of {@link SubsidyService#apply} through {@link
 * SubsidyService#applyAllFor} as the uploader, and each row's outcome kept with the run, which the uploader
 * reads back ({@link #run}, {@link #problems}, {@link #imported}, {@link #reportWorkbook}). A chunk's cases and
 * its rows' outcomes commit together, so a run that fails part-way keeps what it took and {@link #restart}
 * continues it without taking a row twice. Importing the same file again adds nothing: each of its people then
 * holds an open case, which the rules refuse to duplicate.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
// No transaction of its own: an upload's run must be committed (ImportRunLedger) before its job looks for it.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubsidyImportService {

    /** Rows one file may hold ({@link #upload}). */
    public static final int MAX_JOB_ROWS = 100_000;
    /** The batch job (batch module, META-INF/batch-jobs), referenced by name only. */
    public static final String JOB = "subsidy-application-import";
    /** The job's parameter: the import run it takes. */
    public static final String RUN_ID = "runId";

    @EJB
    private ImportRunLedger ledger;

    @Inject
    private ImportRunRepository runs;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private BatchLauncher launcher;

    /** A data row read as an application form, with what the sheet itself got wrong (before any rule). */
    public record ParsedRow(int number, SubsidyApplication form, List<InvalidValueException> sheetProblems) {
    }

    /** The one reading of a row of the applications workbook, for the job's steps. */
    static ParsedRow parse(WorkbookReader.SheetRow<ImportColumn> row) {
        List<InvalidValueException> found = new ArrayList<>();
        String idNumber = row.digits(ImportColumn.ID_NUMBER, found);
        SubsidyType type = type(row.text(ImportColumn.TYPE), found);
        String bankName = row.text(ImportColumn.BANK_NAME);
        String account = row.digits(ImportColumn.BANK_ACCOUNT, found);
        LocalDate appliedOn = row.date(ImportColumn.APPLIED_ON, found);
        return new ParsedRow(row.number(), new SubsidyApplication(idNumber, type, bankName, account, appliedOn),
                List.copyOf(found));
    }

    /**
     * Stores an uploaded workbook of up to {@link #MAX_JOB_ROWS} rows and {@link UploadedFiles#MAX_BULK_WORKBOOK_BYTES}
     * bytes as an import run and starts the job {@value #JOB} that takes its rows as the uploader; answers at
     * once with the run's id. The file is checked as a whole first (a workbook, its columns, at least one and at
     * most {@link #MAX_JOB_ROWS} rows, streamed so that its size never loads the heap): a file refused so stores
     * nothing.
     *
     * @throws InvalidValueException (field {@code file} or {@code fileName}) when the file is refused as a whole
     */
    public long upload(byte[] workbook, String fileName) {
        StaffUser me = currentStaff.require();
        String name = UploadedFiles.displayName(fileName);
        int rows = WorkbookReader.count(workbook, UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class,
                MAX_JOB_ROWS);
        long runId = ledger.open(me, name, workbook, rows);
        launch(runId, () -> launcher.start(JOB, Map.of(RUN_ID, String.valueOf(runId)), me.username()));
        return runId;
    }

    /** The caller's own import runs, newest first (at most {@code max}). */
    public List<ImportRunView> runs(int max) {
        StaffUser me = currentStaff.require();
        return runs.uploadedBy(me.username(), Math.min(Math.max(1, max), 100)).stream()
                .map(SubsidyImportService::view).toList();
    }

    /** One of the caller's runs; anyone else's is answered like an id nobody uses. */
    public ImportRunView run(long runId) {
        return view(own(currentStaff.require(), runId));
    }

    /** A page of a run's refused rows' problems, in row order, in the language asked for. */
    public Page<ImportReport.RowProblem> problems(long runId, int first, int max, Locale locale) {
        ImportRun run = own(currentStaff.require(), runId);
        List<ImportReport.RowProblem> rows = runs.rows(run.id(), ImportRunRow.REFUSED, Math.max(0, first),
                Math.min(Math.max(1, max), 500)).stream().map(r -> problem(r, locale)).toList();
        return new Page<>(rows, runs.countRows(run.id(), ImportRunRow.REFUSED));
    }

    /** A page of a run's imported rows (the case each made, the person masked), in row order. */
    public Page<ImportReport.ImportedRow> imported(long runId, int first, int max) {
        ImportRun run = own(currentStaff.require(), runId);
        List<ImportReport.ImportedRow> rows = runs.rows(run.id(), ImportRunRow.IMPORTED, Math.max(0, first),
                Math.min(Math.max(1, max), 500)).stream()
                .map(r -> new ImportReport.ImportedRow(r.rowNumber(), r.caseId(), r.maskedIdNumber())).toList();
        return new Page<>(rows, runs.countRows(run.id(), ImportRunRow.IMPORTED));
    }

    /** A run's report as a workbook: the rows not imported with column and reason, then the rows imported. */
    public byte[] reportWorkbook(long runId, Locale locale) {
        ImportRun run = own(currentStaff.require(), runId);
        boolean zh = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(500);
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet problems = wb.createSheet(zh ? "未导入" : "Not imported");
            header(problems, zh ? new String[]{"行号", "列", "原因"} : new String[]{"Row", "Column", "Reason"});
            int r = 1;
            for (int first = 0; ; first += 1000) {
                List<ImportRunRow> page = runs.rows(run.id(), ImportRunRow.REFUSED, first, 1000);
                for (ImportRunRow row : page) {
                    SheetColumn column = SheetColumn.of(ImportColumn.values(), row.field());
                    cells(problems.createRow(r++), String.valueOf(row.rowNumber()),
                            column == null ? "" : zh ? column.chineseName() : column.englishName(),
                            zh ? row.message() : row.messageEn());
                }
                if (page.size() < 1000) {
                    break;
                }
            }
            org.apache.poi.ss.usermodel.Sheet imported = wb.createSheet(zh ? "已导入" : "Imported");
            header(imported, zh ? new String[]{"行号", "身份证号", "办件编号"} : new String[]{"Row", "ID number", "Case"});
            r = 1;
            for (int first = 0; ; first += 1000) {
                List<ImportRunRow> page = runs.rows(run.id(), ImportRunRow.IMPORTED, first, 1000);
                for (ImportRunRow row : page) {
                    cells(imported.createRow(r++), String.valueOf(row.rowNumber()), row.maskedIdNumber(),
                            String.valueOf(row.caseId()));
                }
                if (page.size() < 1000) {
                    break;
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes up a failed run: the job continues after its last committed chunk where the batch runtime allows
     * it, otherwise a new job reads the file again and skips every row that already has its outcome. A run left
     * queued or running by a server that stopped is marked failed by {@link RunRecovery}, and then continued the
     * same way (the runtime restarts the execution it still records as started on that server; that execution
     * is not taken for one taking the run up, {@link BatchLauncher#running}).
     *
     * @return the batch execution that takes the run up
     * @throws InvalidValueException (field {@code run}) when the run has not failed, or is already being taken
     *                               up (the run says FAILED until the job's first step begins: a second press
     *                               meanwhile would start a second job over the same rows)
     */
    public long restart(long runId) {
        StaffUser me = currentStaff.require();
        ImportRun run = own(me, runId);
        if (run.status() != ImportRunStatus.FAILED || beingTakenUp(runId)) {
            throw new InvalidValueException("run", "import.run.notFailed");
        }
        return launch(runId, () -> {
            if (run.jobExecutionId() != null) {
                try {
                    return launcher.restart(run.jobExecutionId(), List.of(RUN_ID), me.username());
                } catch (BatchRuntimeException cannot) {
                    // not restartable here (another server's, or not the latest): a new run skips what is done
                }
            }
            return launcher.start(JOB, Map.of(RUN_ID, String.valueOf(runId)), me.username());
        });
    }

    private boolean beingTakenUp(long runId) {
        return launcher.runningWith(JOB, Map.of(RUN_ID, String.valueOf(runId))).isPresent();
    }

    private long launch(long runId, java.util.function.LongSupplier start) {
        // The job's first step records its execution on the run itself (SubsidyImportSteps.begin): writing it
        // here as well would race that step for the run's version.
        try {
            return start.getAsLong();
        } catch (RuntimeException notLaunched) {
            ledger.notLaunched(runId, Incidents.record("subsidy import run " + runId + " not launched", notLaunched));
            throw notLaunched;
        }
    }

    private ImportRun own(StaffUser me, long runId) {
        return runs.find(runId).filter(r -> r.uploadedBy().equals(me.username()))
                .orElseThrow(() -> new NotFoundException("run", "import.runNotFound"));
    }

    private static ImportRunView view(ImportRun r) {
        return new ImportRunView(r.id(), r.fileName(), r.uploadedAt(), r.status().name(), r.status().chineseName(),
                r.status().englishName(), r.rowsTotal(), r.rowsDone(), r.rowsImported(), r.rowsRefused(),
                r.jobExecutionId(), r.failureReason(), r.failureReasonEn());
    }

    private static ImportReport.RowProblem problem(ImportRunRow r, Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new ImportReport.RowProblem(r.rowNumber(), SheetColumn.of(ImportColumn.values(), r.field()),
                en ? r.messageEn() : r.message());
    }

    private static void header(org.apache.poi.ss.usermodel.Sheet sheet, String... names) {
        cells(sheet.createRow(0), names);
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** A workbook to fill in: the headings, text-formatted number columns, a list for the subsidy, notes. */
    public byte[] template() {
        return ImportTemplate.workbook("两项补贴申请", ImportColumn.values(), EnumSet.of(ImportColumn.APPLIED_ON),
                List.of(
                        "填写说明（导入时只读取第一个工作表）",
                        "1. 第一行为列标题，请勿修改；从第二行起每行一份申请，一个文件最多 " + MAX_JOB_ROWS + " 行、不超过 "
                                + UploadedFiles.MAX_BULK_WORKBOOK_BYTES / (1024 * 1024) + " MB。",
                        "2. 身份证号、银行账号两列为文本格式，请直接输入数字，不要改为数值格式（否则会丢失位数）。",
                        "3. 补贴类别填写“生活补贴”（困难残疾人生活补贴）或“护理补贴”（重度残疾人护理补贴）。",
                        "4. 申请日期为受理申请的日期，格式如 2026-01-15，不能晚于导入当天；补贴从申请当月起计发。",
                        "5. 每行按与网上申请相同的条件审查：人员须在您的辖区内、持有有效残疾人证并符合补贴条件，且尚无该项补贴的在办或享受中的办件。",
                        "6. 上传后在后台导入，页面显示进度；合格的行导入并进入初审，不合格的行不导入，结果中列出行号、列和原因（可下载），修改后可重新导入同一文件（已导入的行不会重复导入）。"),
                sheet -> {
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    DataValidation types = helper.createValidation(
                            helper.createExplicitListConstraint(new String[]{"生活补贴", "护理补贴"}),
                            new CellRangeAddressList(1, MAX_JOB_ROWS, ImportColumn.TYPE.ordinal(), ImportColumn.TYPE.ordinal()));
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
