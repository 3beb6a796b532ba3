package cn.xndpf.domain.person;

/** 注销原因. */
public enum CancellationReason {
    /** 死亡 */
    DEATH("死亡", "Death"),
    /** 康复 (no longer disabled after re-assessment) */
    RECOVERY("康复", "Recovery"),
    /** 出国定居 / 迁出 */
    EMIGRATION("迁出境外", "Emigration"),
    /** 其他 */
    OTHER("其他", "Other");

    private final String chineseName;
    private final String englishName;

    CancellationReason(String chineseName, String englishName) {
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
