package cn.xndpf.domain.subsidy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one row of an import run (导入结果): IMPORTED with the case it made, or REFUSED with the field
 * at fault and the reason, one entry per problem. Written in the transaction that takes the row's chunk, so a
 * row has an outcome exactly when its chunk was committed.
 */
@Entity
@Table(name = "import_run_row")
@IdClass(ImportRunRow.Key.class)
public class ImportRunRow {

    public static final String IMPORTED = "IMPORTED";
    public static final String REFUSED = "REFUSED";
    /** Longest reason kept (the columns' length, V74). */
    public static final int MAX_MESSAGE = 500;

    @Id
    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Id
    @Column(name = "row_number", nullable = false, updatable = false)
    private int rowNumber;

    /** 0 for an imported row; 1, 2, ... for the problems of a refused one. */
    @Id
    @Column(name = "problem_no", nullable = false, updatable = false)
    private int problemNo;

    @Column(name = "outcome", nullable = false, updatable = false)
    private String outcome;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "field", updatable = false)
    private String field;

    @Column(name = "message", updatable = false)
    private String message;

    @Column(name = "message_en", updatable = false)
    private String messageEn;

    @Column(name = "masked_id_number", updatable = false)
    private String maskedIdNumber;

    protected ImportRunRow() {
    }

    private ImportRunRow(long runId, int rowNumber, int problemNo, String outcome, Long caseId, String field,
                         String message, String messageEn, String maskedIdNumber) {
        this.runId = runId;
        this.rowNumber = rowNumber;
        this.problemNo = problemNo;
        this.outcome = outcome;
        this.caseId = caseId;
        this.field = field;
        this.message = message;
        this.messageEn = messageEn;
        this.maskedIdNumber = maskedIdNumber;
    }

    public static ImportRunRow imported(long runId, int rowNumber, long caseId, String maskedIdNumber) {
        return new ImportRunRow(runId, rowNumber, 0, IMPORTED, caseId, null, null, null, maskedIdNumber);
    }

    /**
     * A problem of a refused row. A reason that quotes what the cell held (an unknown subsidy, a date it cannot
     * read) is as long as the cell, up to Excel's 32,767 characters: it is cut to {@value #MAX_MESSAGE}, which
     * still names the rule, rather than failing the whole chunk in the database.
     */
    public static ImportRunRow refused(long runId, int rowNumber, int problemNo, String field, String message,
                                       String messageEn) {
        return new ImportRunRow(runId, rowNumber, problemNo, REFUSED, null, field, clip(message), clip(messageEn),
                null);
    }

    static String clip(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int end = MAX_MESSAGE - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--; // never half a character
        }
        return message.substring(0, end) + "…";
    }

    public long runId() {
        return runId;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public int problemNo() {
        return problemNo;
    }

    public String outcome() {
        return outcome;
    }

    public Long caseId() {
        return caseId;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    public String messageEn() {
        return messageEn;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    /** The composite key: run, row, problem. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long runId;
        private int rowNumber;
        private int problemNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.runId == runId && k.rowNumber == rowNumber && k.problemNo == problemNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, rowNumber, problemNo);
        }
    }
}
