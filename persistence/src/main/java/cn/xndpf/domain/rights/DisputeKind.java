package cn.xndpf.domain.rights;

/** The kind of a dispute found by screening (矛盾纠纷类型). */
public enum DisputeKind {
    /** 婚姻家庭 */
    FAMILY("婚姻家庭", "Marriage and family"),
    /** 赡养抚养 */
    SUPPORT("赡养抚养", "Support and maintenance"),
    /** 邻里纠纷 */
    NEIGHBOURHOOD("邻里纠纷", "Neighbours"),
    /** 土地房屋财产 */
    PROPERTY("土地房屋财产", "Land, housing, property"),
    /** 劳动就业 */
    LABOUR("劳动就业", "Work and employment"),
    /** 补贴待遇 */
    BENEFIT("补贴待遇", "Benefits and subsidies"),
    /** 其他 */
    OTHER("其他", "Other");

    private final String chineseName;
    private final String englishName;

    DisputeKind(String chineseName, String englishName) {
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
