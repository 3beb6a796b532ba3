package cn.xndpf.domain.workflow;

/** What a reviewer decides. */
public enum ReviewDecision {
    /** 通过 */
    APPROVE("通过", "Approve"),
    /** 退回补正 */
    RETURN("退回补正", "Return for correction"),
    /** 不予批准 */
    REJECT("不予批准", "Reject");

    private final String chineseName;
    private final String englishName;

    ReviewDecision(String chineseName, String englishName) {
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
