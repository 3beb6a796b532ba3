package cn.xndpf.domain.poverty;

/** How a poor household is recorded (贫困户类型). */
public enum PoorKind {
    /** 建档立卡户 */
    REGISTERED("建档立卡户", "Registered poor (jiandang lika)"),
    /** 低收入户 */
    LOW_INCOME("低收入户", "Low-income");

    private final String chineseName;
    private final String englishName;

    PoorKind(String chineseName, String englishName) {
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
