package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.ServerBoundRun;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One uploaded workbook of subsidy applications (批量导入批次) and the run of the job that takes its rows: the
 * file itself (so that a failed run can be taken up again), who uploaded it from which jurisdiction, and the
 * counts the job commits with each chunk. Each row's outcome is an {@link ImportRunRow}. The run names the server
 * whose batch runtime runs its job: if that server stops while the run is queued or running, the run is over.
 */
@Entity
@Table(name = "import_run")
public class ImportRun implements ServerBoundRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "workbook", nullable = false, updatable = false)
    private byte[] workbook;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** The uploader's jurisdiction when uploading; the rows are judged as the uploader when the job runs. */
    @Column(name = "division_code", nullable = false, updatable = false)
    private String division;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ImportRunStatus status;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "rows_refused", nullable = false)
    private int rowsRefused;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_ended_at")
    private Instant runEndedAt;

    /**
     * The server that launched the run's job and runs it in its JVM (the uploader's, then the one that began the
     * last run); if that server stops while the run is queued or running, the run is over, and another may say so.
     */
    @Column(name = "running_on")
    private String runningOn;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "failure_reason_en")
    private String failureReasonEn;

    @Version
    private int version;

    protected ImportRun() {
    }

    /** @param server the server that stores the upload and launches its job */
    public ImportRun(String fileName, byte[] workbook, int rowsTotal, String uploadedBy, DivisionCode division,
                     Instant at, String server) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.size = workbook.length;
        this.rowsTotal = rowsTotal;
        this.uploadedBy = uploadedBy;
        this.division = division.value();
        this.uploadedAt = at;
        this.status = ImportRunStatus.QUEUED;
        this.runningOn = server;
    }

    /**
     * A run of the job begins (the first, or a restart after a failure) on {@code server}; the counts so far
     * stay.
     */
    public void runStarted(long executionId, Instant at, String server) {
        this.jobExecutionId = executionId;
        this.runningOn = server;
        this.status = ImportRunStatus.RUNNING;
        this.runStartedAt = at;
        this.runEndedAt = null;
        this.failureReason = null;
        this.failureReasonEn = null;
    }

    /** A chunk's rows were taken or refused; committed with them. */
    public void rowsDone(int imported, int refused) {
        this.rowsImported += imported;
        this.rowsRefused += refused;
        this.rowsDone += imported + refused;
    }

    public void completed(Instant at) {
        this.status = ImportRunStatus.COMPLETED;
        this.runEndedAt = at;
    }

    public void failed(String reason, String reasonEn, Instant at) {
        this.status = ImportRunStatus.FAILED;
        this.failureReason = reason;
        this.failureReasonEn = reasonEn;
        this.runEndedAt = at;
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] workbook() {
        return workbook;
    }

    public int size() {
        return size;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    public ImportRunStatus status() {
        return status;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int rowsImported() {
        return rowsImported;
    }

    public int rowsRefused() {
        return rowsRefused;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant runStartedAt() {
        return runStartedAt;
    }

    public Instant runEndedAt() {
        return runEndedAt;
    }

    /** The server running the run's job (or that will); null for a run stored before servers were named. */
    @Override
    public String runningOn() {
        return runningOn;
    }

    /** When the current (or last) run began, or, before its job began, when the file was uploaded. */
    @Override
    public Instant runningSince() {
        return runStartedAt != null ? runStartedAt : uploadedAt;
    }

    public String failureReason() {
        return failureReason;
    }

    public String failureReasonEn() {
        return failureReasonEn;
    }

    public int version() {
        return version;
    }
}
