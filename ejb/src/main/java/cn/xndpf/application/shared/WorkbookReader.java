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
            Map<C, Integer> columns = columns(sheet.getRow(headingRow), columnType);
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
            if (rows.size() > maxRows) {
                throw new InvalidValueException("file", "import.tooManyRows", maxRows, rows.size());
            }
            for (Row row : rows) {
                each.accept(new SheetRow<>(row, columns));
            }
            return rows.size();
        } catch (IOException e) {
            throw new InvalidValueException("file", "import.notWorkbook");
        }
    }

    /** One data row, while the workbook is open. */
    public static final class SheetRow<C extends Enum<C> & SheetColumn> {

        private final Row row;
        private final Map<C, Integer> columns;

        private SheetRow(Row row, Map<C, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        /** The row number as the spreadsheet shows it (the heading is row 1 when it is the first row). */
        public int number() {
            return row.getRowNum() + 1;
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
            Cell c = cell(column);
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
            return WorkbookReader.text(c);
        }

        /** A date, as a date cell or as text in one of the usual ways of writing one; required. */
        public LocalDate date(C column, List<InvalidValueException> found) {
            Cell c = cell(column);
            String field = column.field();
            if (c == null || typeOf(c) == CellType.BLANK) {
                found.add(new InvalidValueException(field, "date.required"));
                return null;
            }
            if (typeOf(c) == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                return c.getLocalDateTimeCellValue().toLocalDate();
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
            Cell c = cell(column);
            if (c == null || typeOf(c) == CellType.BLANK) {
                return null;
            }
            if (typeOf(c) == CellType.NUMERIC) {
                return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
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

        private Cell cell(C column) {
            return row.getCell(columns.get(column));
        }
    }

    private static <C extends Enum<C> & SheetColumn> Map<C, Integer> columns(Row heading, Class<C> columnType) {
        Map<C, Integer> found = new EnumMap<>(columnType);
        C[] all = columnType.getEnumConstants();
        if (heading != null) {
            for (Cell cell : heading) {
                String h = text(cell);
                for (C c : all) {
                    if (c.isNamedBy(h) && !found.containsKey(c)) {
                        found.put(c, cell.getColumnIndex());
                    }
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

    private static boolean isBlank(Row row, Map<?, Integer> columns) {
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
}
