package cn.xndpf.domain.poverty;

/** A household's poverty status (贫困状态): poor, or lifted out of poverty. */
public enum PovertyStatus {
    /** 贫困 */
    POOR("贫困", "Poor"),
    /** 已脱贫 */
    LIFTED("已脱贫", "Lifted out of poverty");

    private final String chineseName;
    private final String englishName;

    PovertyStatus(String chineseName, String englishName) {
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
