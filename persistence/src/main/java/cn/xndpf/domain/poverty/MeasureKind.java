package cn.xndpf.domain.poverty;

/** A measure taken for a monitored household (帮扶措施类型). */
public enum MeasureKind {
    /** 产业帮扶 */
    INDUSTRY("产业帮扶", "Income-generating activity"),
    /** 就业帮扶 */
    EMPLOYMENT("就业帮扶", "Employment support"),
    /** 健康帮扶 */
    HEALTH("健康帮扶", "Health and medical assistance"),
    /** 教育帮扶 */
    EDUCATION("教育帮扶", "Education support"),
    /** 综合保障 */
    SOCIAL_ASSISTANCE("综合保障", "Social assistance"),
    /** 康复服务 */
    REHABILITATION("康复服务", "Rehabilitation"),
    /** 住房安全 */
    HOUSING("住房安全", "Housing safety"),
    /** 其他 */
    OTHER("其他", "Other");

    private final String chineseName;
    private final String englishName;

    MeasureKind(String chineseName, String englishName) {
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
