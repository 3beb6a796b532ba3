package cn.xndpf.domain.poverty;

/** A risk of (returning to) poverty of a monitored household (返贫致贫风险类型). */
public enum RiskKind {
    /** 因病 */
    ILLNESS("因病", "Illness"),
    /** 因残 */
    DISABILITY("因残", "Disability"),
    /** 因学 */
    SCHOOLING("因学", "Schooling costs"),
    /** 因灾 */
    DISASTER("因灾", "Natural disaster"),
    /** 意外事故 */
    ACCIDENT("意外事故", "Accident"),
    /** 就业不稳 */
    UNSTABLE_EMPLOYMENT("就业不稳", "Unstable employment"),
    /** 其他 */
    OTHER("其他", "Other");

    private final String chineseName;
    private final String englishName;

    RiskKind(String chineseName, String englishName) {
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
