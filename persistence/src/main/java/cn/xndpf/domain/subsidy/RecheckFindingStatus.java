package cn.xndpf.domain.subsidy;

/** Whether staff still have to act on a re-check finding. */
public enum RecheckFindingStatus {
    /** 待处理 */
    OPEN("待处理", "Open"),
    /** 已处理 */
    RESOLVED("已处理", "Resolved");

    private final String chineseName;
    private final String englishName;

    RecheckFindingStatus(String chineseName, String englishName) {
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
