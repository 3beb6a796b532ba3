package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.shared.ExportCells;
import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.PaymentFileLine;
import cn.xndpf.domain.subsidy.PaymentLine;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import cn.xndpf.domain.subsidy.PaymentRollStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bank side of a payment roll, shared by the staff screen and the banks' own services: the payment
 * file (发放文件) of the roll's pending lines as CSV or Excel, and the bank's return file (回盘文件) that
 * marks each line paid or failed. Runs inside the calling service's transaction; every export and every
 * import is audited with who did it.
 */
@Dependent
public class BankFiles {

    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";
    /** Columns of the payment file, in order. */
    public static final List<String> FILE_COLUMNS = List.of("line_id", "case_id", "case_number", "paid_month",
            "attempt", "subsidy", "name", "id_number", "bank_name", "bank_account", "amount");
    /** Columns of a return file, in order. */
    public static final List<String> RETURN_COLUMNS = List.of("line_id", "case_id", "month", "result",
            "bank_reference", "failure_reason");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(PlatformClock.ZONE);
    private static final int MAX_RETURN_ROWS = 100_000;

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * The payment file of a completed roll: its lines still waiting for the bank, with who exported it and
     * when. The roll is locked while the file is written, so a bank return arriving meanwhile waits and the
     * file's counts agree with its lines; the lines are read and written one by one (never all in memory).
     */
    public ExportedFile export(PaymentRoll roll, String format, String actor) {
        String f = format == null ? CSV : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals(CSV) && !f.equals(XLSX)) {
            throw new InvalidValueException("format", "payment.format");
        }
        requireCompleted(roll);
        rolls.lock(roll);
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (PaymentRollRepository.LineTotal t : rolls.totals(roll)) {
            if (t.status() == PaymentLineStatus.PENDING) {
                lines += t.lines();
                total = total.add(t.amount());
            }
        }
        Instant at = Instant.now();
        String name = "subsidy-payment-" + roll.month() + "-" + roll.division().value() + "." + f;
        FileHeading heading = new FileHeading(title(roll), exportedBy(actor, at), lines, total);
        ExportedFile file = f.equals(CSV)
                ? ExportedFile.create(name, "text/csv;charset=UTF-8", out -> csv(roll, heading, out))
                : ExportedFile.create(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> xlsx(roll, heading, out));
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("format", f);
        what.put("lines", lines);
        what.put("total", total.toPlainString());
        audit.record(actor, AuditAction.EXPORT, "PaymentRoll", roll.id(), roll.division().value(),
                "导出发放文件 " + roll.month() + " " + roll.division().value(), null, what);
        return file;
    }

    /**
     * Marks the lines a return file names. The whole file is checked first; if any row is wrong nothing
     * is marked and every wrong row is reported.
     */
    public BankReturnReport importReturns(PaymentRoll roll, byte[] file, String actor) {
        requireCompleted(roll);
        List<String[]> rows = parseCsv(file);
        List<BankReturnRejected.RowError> errors = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        List<Object[]> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int rowNumber = Integer.parseInt(r[r.length - 1]);
            if (r.length - 1 != RETURN_COLUMNS.size()) {
                errors.add(error(rowNumber, "row", "payment.row.columns", String.valueOf(r.length - 1)));
                continue;
            }
            Optional<PaymentLine> line = resolve(roll, r, rowNumber, errors);
            if (line.isEmpty()) {
                continue;
            }
            PaymentLine l = line.get();
            if (seen.putIfAbsent(l.id(), rowNumber) != null) {
                errors.add(error(rowNumber, "line_id", "payment.row.duplicate", String.valueOf(l.id())));
                continue;
            }
            PaymentLineStatus result = result(r[3]);
            String reference = r[4].isBlank() ? null : r[4].trim();
            String reason = r[5].isBlank() ? null : r[5].trim();
            if (result == null) {
                errors.add(error(rowNumber, "result", "payment.result"));
            } else if (result == PaymentLineStatus.FAILED && reason == null) {
                errors.add(error(rowNumber, "failure_reason", "payment.failureReasonRequired"));
            } else if (l.status() != PaymentLineStatus.PENDING
                    && !(l.status() == result && java.util.Objects.equals(l.bankReference(), reference))) {
                errors.add(error(rowNumber, "result", "payment.alreadySettled", String.valueOf(l.id()),
                        l.status().chineseName()));
            } else if (reference != null && reference.length() > 60 || reason != null && reason.length() > 200) {
                errors.add(error(rowNumber, reference != null && reference.length() > 60 ? "bank_reference"
                        : "failure_reason", "payment.row.tooLong"));
            } else {
                accepted.add(new Object[]{l, result, reference, reason});
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidValueException("file", "payment.returnEmpty");
        }
        if (!errors.isEmpty()) {
            throw new BankReturnRejected(errors);
        }
        Instant at = Instant.now();
        int paid = 0;
        int failed = 0;
        int unchanged = 0;
        Map<String, String> marked = new LinkedHashMap<>();
        for (Object[] a : accepted) {
            PaymentLine l = (PaymentLine) a[0];
            PaymentLineStatus result = (PaymentLineStatus) a[1];
            PaymentLineStatus was = l.status();
            if (l.settle(result, (String) a[2], (String) a[3], actor, at)) {
                marked.put(String.valueOf(l.id()), result.name());
                lineAudited(l, was, actor, roll);
                if (result == PaymentLineStatus.PAID) {
                    paid++;
                } else {
                    failed++;
                }
            } else {
                unchanged++;
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new cn.xndpf.domain.shared.ConcurrentChangeException();
        }
        PaymentRollRunner.refreshTotals(rolls, roll);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("rows", rows.size());
        what.put("paid", paid);
        what.put("failed", failed);
        what.put("unchanged", unchanged);
        what.put("lines", marked);
        audit.record(actor, AuditAction.UPDATE, "PaymentRoll", roll.id(), roll.division().value(),
                "导入银行回盘 " + roll.month() + " " + roll.division().value(), null, what);
        return new BankReturnReport(rows.size(), paid, failed, unchanged);
    }

    /** Each line a bank return settles is audited in its own right (the roll's entry sums the file up). */
    private void lineAudited(PaymentLine l, PaymentLineStatus was, String actor, PaymentRoll roll) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", l.status().name());
        after.put("bankReference", l.bankReference());
        after.put("failureReason", l.failureReason());
        audit.record(actor, AuditAction.UPDATE, "PaymentLine", l.id(), roll.division().value(),
                "银行回盘 " + l.subsidyCase().caseNumber() + " " + l.paidMonth() + "：" + was.chineseName() + " → "
                        + l.status().chineseName(), Map.of("status", was.name()), after);
    }

    private Optional<PaymentLine> resolve(PaymentRoll roll, String[] r, int row,
                                          List<BankReturnRejected.RowError> errors) {
        String lineId = r[0].trim();
        String caseId = r[1].trim();
        String month = r[2].trim();
        Optional<PaymentLine> line;
        if (!lineId.isEmpty()) {
            Long id = number(lineId);
            if (id == null) {
                errors.add(error(row, "line_id", "payment.row.lineId", lineId));
                return Optional.empty();
            }
            line = rolls.findLine(id);
            if (line.isEmpty()) {
                errors.add(error(row, "line_id", "payment.row.lineNotFound", lineId));
                return Optional.empty();
            }
            if (!caseId.isEmpty() && !caseId.equals(String.valueOf(line.get().subsidyCase().id()))
                    || !month.isEmpty() && !month.equals(line.get().paidMonth().toString())) {
                errors.add(error(row, "line_id", "payment.row.mismatch", lineId));
                return Optional.empty();
            }
        } else if (!caseId.isEmpty() && !month.isEmpty()) {
            Long id = number(caseId);
            if (id == null) {
                errors.add(error(row, "case_id", "payment.row.caseId", caseId));
                return Optional.empty();
            }
            YearMonth m;
            try {
                m = PaymentRollKey.month(month);
            } catch (InvalidValueException e) {
                errors.add(error(row, "month", "payment.month"));
                return Optional.empty();
            }
            line = rolls.latestLine(id, m);
            if (line.isEmpty()) {
                errors.add(error(row, "case_id", "payment.row.caseMonthNotFound", caseId, m.toString()));
                return Optional.empty();
            }
        } else {
            errors.add(error(row, "line_id", "payment.row.identifier"));
            return Optional.empty();
        }
        if (!line.get().roll().id().equals(roll.id())) {
            errors.add(error(row, "line_id", "payment.row.notInRoll", String.valueOf(line.get().id())));
            return Optional.empty();
        }
        return line;
    }

    private static void requireCompleted(PaymentRoll roll) {
        if (roll.status() != PaymentRollStatus.COMPLETED) {
            throw new InvalidValueException("roll", "payment.rollNotCompleted");
        }
    }

    private static PaymentLineStatus result(String raw) {
        String v = raw.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "PAID", "成功" -> PaymentLineStatus.PAID;
            case "FAILED", "失败" -> PaymentLineStatus.FAILED;
            default -> null;
        };
    }

    private static Long number(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BankReturnRejected.RowError error(int row, String field, String key, String... args) {
        return new BankReturnRejected.RowError(row, field, key, List.of(args));
    }

    // --- the payment file -----------------------------------------------------------------------------

    private static String title(PaymentRoll roll) {
        return "西宁市残疾人两项补贴发放文件 " + roll.month() + " " + roll.division().value();
    }

    private static String exportedBy(String actor, Instant at) {
        return "导出人 exported_by=" + actor + "; 导出时间 exported_at=" + STAMP.format(at);
    }

    /** The file's opening rows and closing total, known before its lines are read. */
    private record FileHeading(String title, String exportedBy, long lines, BigDecimal total) {
    }

    private void csv(PaymentRoll roll, FileHeading h, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("\uFEFF# " + h.title() + "; " + h.exportedBy() + "; lines=" + h.lines() + "; total="
                + h.total().toPlainString() + "\r\n");
        out.write(String.join(",", FILE_COLUMNS) + "\r\n");
        long[] written = {0};
        eachLine(roll, l -> {
            out.write(ExportCells.csvLine(List.of(String.valueOf(l.lineId()), String.valueOf(l.caseId()),
                    l.caseNumber(), l.paidMonth().toString(), String.valueOf(l.attempt()), l.subsidy().name(), l.name(),
                    l.idNumber(), nullToEmpty(l.bankName()), nullToEmpty(l.bankAccount()), l.amount().toPlainString()))
                    + "\r\n");
            written[0]++;
        });
        requireAll(h, written[0]);
        out.write("TOTAL," + h.lines() + ",,,,,,,,," + h.total().toPlainString() + "\r\n");
        out.flush();
    }

    private void xlsx(PaymentRoll roll, FileHeading h, OutputStream out) throws IOException {
        // A streaming workbook keeps a window of rows in memory and the rest in a temporary file.
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Sheet sheet = wb.createSheet("发放清单");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            for (int i = 0; i < FILE_COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, (i == 7 || i == 9 ? 22 : 14) * 256);
            }
            text(sheet.createRow(0), 0, h.title()).setCellStyle(bold);
            text(sheet.createRow(1), 0, h.exportedBy());
            Row header = sheet.createRow(2);
            for (int i = 0; i < FILE_COLUMNS.size(); i++) {
                text(header, i, FILE_COLUMNS.get(i)).setCellStyle(bold);
            }
            int[] n = {3};
            eachLine(roll, l -> {
                Row r = sheet.createRow(n[0]++);
                r.createCell(0).setCellValue(l.lineId());
                r.createCell(1).setCellValue(l.caseId());
                text(r, 2, l.caseNumber());
                text(r, 3, l.paidMonth().toString());
                r.createCell(4).setCellValue(l.attempt());
                text(r, 5, l.subsidy().name());
                text(r, 6, l.name());
                text(r, 7, l.idNumber());
                text(r, 8, nullToEmpty(l.bankName()));
                text(r, 9, nullToEmpty(l.bankAccount()));
                Cell amount = r.createCell(10);
                amount.setCellValue(l.amount().doubleValue());
                amount.setCellStyle(money);
            });
            requireAll(h, n[0] - 3L);
            Row t = sheet.createRow(n[0]);
            text(t, 0, "TOTAL").setCellStyle(bold);
            t.createCell(1).setCellValue(h.lines());
            Cell sum = t.createCell(10);
            sum.setCellValue(h.total().doubleValue());
            sum.setCellStyle(money);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** A line of the file, written as it is read. */
    @FunctionalInterface
    private interface LineWriter {
        void write(PaymentFileLine line) throws IOException;
    }

    /**
     * Writes each pending line as the repository reads it. The repository's callback cannot throw the writer's
     * {@link IOException}, so it travels out in a {@link LineNotWritten} of this class's own and only that is
     * unwrapped: an unchecked exception of the read itself (an {@code UncheckedIOException} among them) goes on as
     * it was thrown.
     */
    private void eachLine(PaymentRoll roll, LineWriter writer) throws IOException {
        try {
            rolls.eachPendingLine(roll, l -> {
                try {
                    writer.write(l);
                } catch (IOException e) {
                    throw new LineNotWritten(e);
                }
            });
        } catch (LineNotWritten e) {
            throw e.io;
        }
    }

    /** A line the file's stream refused, on its way out of the repository's callback. */
    private static final class LineNotWritten extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient IOException io;

        LineNotWritten(IOException io) {
            super(io);
            this.io = io;
        }
    }

    /** The roll is locked, so a difference is a fault of the platform, never something to ship to a bank. */
    private static void requireAll(FileHeading h, long written) {
        if (written != h.lines()) {
            throw new IllegalStateException("payment file wrote " + written + " lines of " + h.lines());
        }
    }

    private static Cell text(Row r, int column, String value) {
        return ExportCells.text(r, column, value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // --- the return file ------------------------------------------------------------------------------

    /**
     * The data rows of a return file, each with its line number appended as the last cell. The first
     * non-comment line must be the header; a BOM, blank lines and lines starting with # are skipped.
     */
    static List<String[]> parseCsv(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidValueException("file", "payment.returnEmpty");
        }
        String text = UploadedFiles.utf8Text(file);
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<String[]> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = splitCsvLine(line);
            if (!header) {
                List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                if (!names.equals(RETURN_COLUMNS)) {
                    throw new InvalidValueException("file", "payment.returnHeader");
                }
                header = true;
                continue;
            }
            if (rows.size() >= MAX_RETURN_ROWS) {
                throw new InvalidValueException("file", "payment.returnTooLarge", MAX_RETURN_ROWS);
            }
            cells.add(String.valueOf(i + 1));
            rows.add(cells.toArray(new String[0]));
        }
        if (!header) {
            throw new InvalidValueException("file", "payment.returnHeader");
        }
        return rows;
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside a field). */
    static List<String> splitCsvLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
