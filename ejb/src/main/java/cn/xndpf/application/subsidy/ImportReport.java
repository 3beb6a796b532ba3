package cn.xndpf.application.subsidy;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a bulk import (导入结果): how many data rows were read, the cases opened for the good
 * rows, and every problem of the rows that were not taken.
 *
 * @param rows     data rows read (blank rows are not counted)
 * @param imported one entry per row taken
 * @param problems one entry per problem; a row may have several
 */
public record ImportReport(int rows, List<ImportedRow> imported, List<RowProblem> problems)
        implements Serializable {

    /** A row taken: the case now waiting for first review. */
    public record ImportedRow(int row, long caseId, String maskedIdNumber) implements Serializable {
    }

    /**
     * Why a row was not taken.
     *
     * @param row     the row number as the spreadsheet shows it (the heading is row 1)
     * @param column  the column at fault, null when the problem is not one column's
     * @param message the rule broken, in the language asked for
     */
    public record RowProblem(int row, ImportColumn column, String message) implements Serializable {
    }

    /** Number of rows refused (each counted once however many problems it has). */
    public long refusedRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
