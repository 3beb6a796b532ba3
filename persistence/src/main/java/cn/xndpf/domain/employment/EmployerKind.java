package cn.xndpf.domain.employment;

/** The kind of employer (单位类型). */
public enum EmployerKind {
    ENTERPRISE("企业", "Enterprise"),
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    GOVERNMENT_ORGAN("机关", "Government organ"),
    SOCIAL_ORGANISATION("社会团体", "Social organisation");

    private final String chineseName;
    private final String englishName;

    EmployerKind(String chineseName, String englishName) {
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
