package cn.xndpf.application.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way text goes into an exported file (导出文件: bank files, statistics tables), CSV or Excel.
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula
 * (and tab or carriage return can hide such a start), so a name or bank entered as {@code =HYPERLINK(...)}
 * would act on the machine of whoever opens the file (CSV/formula injection). Such text gets a leading
 * apostrophe, which spreadsheets read as "this is text"; plain numbers such as {@code -12.50} stay as they
 * are. Every exporter writes its text cells through here.
 */
public final class ExportCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ExportCells() {
    }

    /** The text as it may safely stand in a cell; null becomes empty. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /** One CSV field (RFC 4180 quoting), neutralised. */
    public static String csv(String value) {
        String s = neutralised(value);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** One CSV line without its line break. */
    public static String csvLine(List<String> values) {
        return String.join(",", values.stream().map(ExportCells::csv).toList());
    }

    /** A text cell of an Excel sheet, neutralised. */
    public static Cell text(Row row, int column, String value) {
        Cell c = row.createCell(column);
        c.setCellValue(neutralised(value));
        return c;
    }
}
