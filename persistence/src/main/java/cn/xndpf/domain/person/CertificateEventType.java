package cn.xndpf.domain.person;

/** Steps in a certificate's life. */
public enum CertificateEventType {
    /** 核发 */
    ISSUED("核发", "Issued"),
    /** 换领/补领 */
    RENEWED("换领", "Renewed"),
    /** 重新评定 (category or level changed) */
    REASSESSED("重新评定", "Re-assessed"),
    /** 迁移 */
    TRANSFERRED("迁移", "Transferred"),
    /** 注销 */
    CANCELLED("注销", "Cancelled");

    private final String chineseName;
    private final String englishName;

    CertificateEventType(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
