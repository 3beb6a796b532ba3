package cn.xndpf.application.shared;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a bulk import from a workbook (导入结果), whatever it imports: how many data rows were read,
 * what each good row became, and every problem of the rows that were not taken.
 *
 * @param rows     data rows read (blank rows are not counted)
 * @param imported one entry per row taken
 * @param problems one entry per problem; a row may have several
 */
public record ImportReport(int rows, List<ImportedRow> imported, List<RowProblem> problems)
        implements Serializable {

    /** A row taken: the id of what it made (a case, a service record) and whom it is about, masked. */
    public record ImportedRow(int row, long id, String maskedIdNumber) implements Serializable {
    }

    /**
     * Why a row was not taken.
     *
     * @param row     the row number as the spreadsheet shows it (the heading is row 1)
     * @param column  the column at fault, null when the problem is not one column's
     * @param message the rule broken, in the language asked for
     */
    public record RowProblem(int row, SheetColumn column, String message) implements Serializable {
    }

    /** Number of rows refused (each counted once however many problems it has). */
    public long refusedRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
