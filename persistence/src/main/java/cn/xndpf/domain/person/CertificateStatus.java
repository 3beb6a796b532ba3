package cn.xndpf.domain.person;

/** 证件状态. */
public enum CertificateStatus {
    /** 有效 */
    VALID("有效", "Valid"),
    /** 已注销 */
    CANCELLED("已注销", "Cancelled");

    private final String chineseName;
    private final String englishName;

    CertificateStatus(String chineseName, String englishName) {
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
