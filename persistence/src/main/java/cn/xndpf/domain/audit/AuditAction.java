package cn.xndpf.domain.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Opening a full personal record (查看完整档案). */
    VIEW,
    /** Exporting personal data. */
    EXPORT,
    /** A successful sign-in of a member of staff or a partner system (登录成功). */
    SIGN_IN,
    /** A refused sign-in: wrong or unknown credentials, a disabled account, or too many failures (登录失败). */
    SIGN_IN_FAILED
}
