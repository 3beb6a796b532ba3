package cn.xndpf.domain.institution;

/** The kinds of service provider the federation designates or registers. */
public enum InstitutionKind {
    /** 定点康复机构 */
    REHABILITATION("定点康复机构", "Designated rehabilitation institution"),
    /** 托养机构 */
    CARE("托养机构", "Care institution"),
    /** 特殊教育学校 */
    SPECIAL_SCHOOL("特殊教育学校", "Special school"),
    /** 辅助性就业机构 */
    SHELTERED_EMPLOYMENT("辅助性就业机构", "Sheltered-employment institution");

    private final String chineseName;
    private final String englishName;

    InstitutionKind(String chineseName, String englishName) {
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
