package cn.xndpf.application.subsidy;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import run as its uploader sees it (批量导入批次): the file, when, where the job stands and its counts.
 *
 * @param status        QUEUED, RUNNING, COMPLETED or FAILED
 * @param failureReason why the last run failed (Chinese), null unless FAILED; {@code failureReasonEn} in English
 */
public record ImportRunView(long id, String fileName, Instant uploadedAt, String status, String statusZh,
                            String statusEn, int rowsTotal, int rowsDone, int rowsImported, int rowsRefused,
                            Long jobExecutionId, String failureReason, String failureReasonEn) implements Serializable {

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
