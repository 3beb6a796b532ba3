package cn.xndpf.domain.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Opening a full personal record (查看完整档案). */
    VIEW,
    /** Exporting personal data. */
    EXPORT
}
