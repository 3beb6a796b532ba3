package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.InvalidValueException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one reader of import workbooks (Excel in, 导入): the first sheet of an .xlsx checked by
 * {@link UploadedFiles}, its columns found by their headings, blank rows skipped, at most a given number of
 * data rows; each row handed to the caller with typed readers that report what the sheet itself got wrong
 * (a long number typed as a number, a date that is not one) as rule violations of the column's field. A
 * file that cannot be read as a whole is refused before any row is handed over.
 */
public final class WorkbookReader {

    /** Ways people write a date in a text cell; strict, so that 2026-02-30 is refused, not moved. */
    private static final List<DateTimeFormatter> DATE_FORMATS = java.util.stream.Stream.of(
                    "uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd", "uuuu年M月d日")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    private WorkbookReader() {
    }

    /**
     * Reads the workbook's data rows in order and hands each to {@code each}; returns how many there were.
     *
     * @throws InvalidValueException (field {@code file}) when the file is not a workbook, lacks a column,
     *                               holds no data row or more than {@code maxRows}; then no row is handed over
     */
    public static <C extends Enum<C> & SheetColumn> int read(byte[] workbook, Class<C> columnType, int maxRows,
                                                             Consumer<SheetRow<C>> each) {
        try (Workbook wb = UploadedFiles.workbook(workbook)) {
            Sheet sheet = wb.getSheetAt(0);
            int headingRow = sheet.getFirstRowNum();
            Row headings = sheet.getRow(headingRow);
            List<String> headingTexts = new ArrayList<>();
            if (headings != null) {
                for (Cell cell : headings) {
                    while (headingTexts.size() < cell.getColumnIndex()) {
                        headingTexts.add(null);
                    }
                    headingTexts.add(text(CellValue.of(cell)));
                }
            }
            Map<C, Integer> columns = columns(headingTexts, columnType);
            List<SheetRow<C>> rows = new ArrayList<>();
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<Integer, CellValue> cells = new HashMap<>();
                for (Integer i : columns.values()) {
                    Cell c = row.getCell(i);
                    if (c != null) {
                        cells.put(i, CellValue.of(c));
                    }
                }
                SheetRow<C> sheetRow = new SheetRow<>(row.getRowNum() + 1, cells, columns);
                if (!sheetRow.isBlank()) {
                    rows.add(sheetRow);
                }
            }
            if (rows.isEmpty()) {
                throw new InvalidValueException("file", "import.empty");
            }
            if (rows.size() > maxRows) {
                throw new InvalidValueException("file", "import.tooManyRows", maxRows, rows.size());
            }
            rows.forEach(each);
            return rows.size();
        } catch (IOException e) {
            throw new InvalidValueException("file", "import.notWorkbook");
        }
    }

    /**
     * Reads a large workbook (up to {@code maxBytes}) row by row without loading its sheet: the sheet's XML is
     * streamed (SAX), so a 100,000-row sheet never sits in the heap; each data row after {@code afterRow} (a
     * spreadsheet row number, 0 for all) is handed to {@code each} as it is read, with the same typed readers
     * as {@link #read}. Returns the number of data rows in the whole sheet. The headings and the row limit are
     * checked in a first pass, so a file refused as a whole hands over no row.
     *
     * @throws InvalidValueException (field {@code file}) as {@link #read}
     */
    public static <C extends Enum<C> & SheetColumn> int stream(byte[] workbook, int maxBytes, Class<C> columnType,
                                                               int maxRows, int afterRow, Consumer<SheetRow<C>> each) {
        int rows = count(workbook, maxBytes, columnType, maxRows);
        SheetStream.read(workbook, maxBytes, columnType, row -> {
            if (row.number() > afterRow) {
                each.accept(row);
            }
        });
        return rows;
    }

    /**
     * Checks a large workbook as {@link #stream} does (streamed, so within the heap whatever its size) and
     * returns its number of data rows.
     *
     * @throws InvalidValueException (field {@code file}) as {@link #read}
     */
    public static <C extends Enum<C> & SheetColumn> int count(byte[] workbook, int maxBytes, Class<C> columnType,
                                                              int maxRows) {
        int rows = SheetStream.read(workbook, maxBytes, columnType, row -> { });
        if (rows == 0) {
            throw new InvalidValueException("file", "import.empty");
        }
        if (rows > maxRows) {
            throw new InvalidValueException("file", "import.tooManyRows", maxRows, rows);
        }
        return rows;
    }

    /**
     * One cell's content as the typed readers need it, whether it came from a loaded sheet or a streamed one:
     * its kind (a formula's by its cached result), the text of a string, the value of a number, the day of a
     * number formatted as a date, and what Excel shows for anything that is not a string.
     */
    record CellValue(CellType type, String string, double number, LocalDate date, String shown) {

        private static final DataFormatter FORMATTER = new DataFormatter();

        static CellValue of(Cell c) {
            CellType t = typeOf(c);
            return switch (t) {
                case STRING -> new CellValue(t, c.getStringCellValue(), 0, null, null);
                case NUMERIC -> new CellValue(t, null, c.getNumericCellValue(),
                        DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate() : null,
                        new DataFormatter().formatCellValue(c));
                default -> new CellValue(t, null, 0, null, new DataFormatter().formatCellValue(c));
            };
        }

        static CellValue number(double value, int formatIndex, String formatString) {
            boolean date = formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value);
            return new CellValue(CellType.NUMERIC, null, value,
                    date ? DateUtil.getLocalDateTime(value, false).toLocalDate() : null,
                    FORMATTER.formatRawCellContents(value, formatIndex, formatString));
        }

        boolean isBlank() {
            return type == CellType.BLANK || type == CellType.STRING && (string == null || string.isBlank());
        }
    }

    /** One data row, with the cells of its columns. */
    public static final class SheetRow<C extends Enum<C> & SheetColumn> {

        private final int number;
        private final Map<Integer, CellValue> cells;
        private final Map<C, Integer> columns;

        SheetRow(int number, Map<Integer, CellValue> cells, Map<C, Integer> columns) {
            this.number = number;
            this.cells = cells;
            this.columns = columns;
        }

        /** The row number as the spreadsheet shows it (the heading is row 1 when it is the first row). */
        public int number() {
            return number;
        }

        /** The cell's text, trimmed; null when blank. */
        public String text(C column) {
            return WorkbookReader.text(cell(column));
        }

        /**
         * A column of digits (ID number, account). Excel keeps only 15 significant digits of a number, so a
         * longer one typed as a number has already lost digits: it is refused instead of being guessed at.
         */
        public String digits(C column, List<InvalidValueException> found) {
            CellValue c = cell(column);
            if (c == null) {
                return null;
            }
            if (c.type() == CellType.NUMERIC) {
                double v = c.number();
                if (v == Math.rint(v) && v >= 0 && v < 1e15) {
                    return new BigDecimal(v).toPlainString();
                }
                found.add(new InvalidValueException(column.field(), "import.textRequired"));
                return null;
            }
            return WorkbookReader.text(c);
        }

        /** A date, as a date cell or as text in one of the usual ways of writing one; required. */
        public LocalDate date(C column, List<InvalidValueException> found) {
            CellValue c = cell(column);
            String field = column.field();
            if (c == null || c.type() == CellType.BLANK) {
                found.add(new InvalidValueException(field, "date.required"));
                return null;
            }
            if (c.type() == CellType.NUMERIC && c.date() != null) {
                return c.date();
            }
            String text = WorkbookReader.text(c);
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

        /** A decimal number (an amount), as a number cell or as text; null when blank. */
        public BigDecimal decimal(C column, List<InvalidValueException> found) {
            CellValue c = cell(column);
            if (c == null || c.type() == CellType.BLANK) {
                return null;
            }
            if (c.type() == CellType.NUMERIC) {
                return BigDecimal.valueOf(c.number()).stripTrailingZeros();
            }
            String text = WorkbookReader.text(c);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                found.add(new InvalidValueException(column.field(), "import.numberFormat", text));
                return null;
            }
        }

        /** A whole number (days, sessions), as a number cell or as text; null when blank. */
        public Integer integer(C column, List<InvalidValueException> found) {
            BigDecimal d = decimal(column, found);
            if (d == null) {
                return null;
            }
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                found.add(new InvalidValueException(column.field(), "import.numberFormat", d.toPlainString()));
                return null;
            }
        }

        boolean isBlank() {
            for (Integer i : columns.values()) {
                CellValue c = cells.get(i);
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private CellValue cell(C column) {
            return cells.get(columns.get(column));
        }
    }

    static <C extends Enum<C> & SheetColumn> Map<C, Integer> columns(List<String> headings, Class<C> columnType) {
        Map<C, Integer> found = new EnumMap<>(columnType);
        C[] all = columnType.getEnumConstants();
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            if (h == null) {
                continue;
            }
            for (C c : all) {
                if (c.isNamedBy(h) && !found.containsKey(c)) {
                    found.put(c, i);
                }
            }
        }
        for (C c : all) {
            if (!found.containsKey(c)) {
                throw new InvalidValueException("file", "import.missingColumn", c.chineseName());
            }
        }
        return found;
    }

    private static CellType typeOf(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    static String text(CellValue c) {
        if (c == null) {
            return null;
        }
        String s = c.type() == CellType.STRING ? c.string() : c.shown();
        return s == null || s.isBlank() ? null : s.trim();
    }
}
