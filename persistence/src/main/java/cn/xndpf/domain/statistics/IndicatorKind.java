package cn.xndpf.domain.statistics;

/** How an indicator's figure is formed from the records its calculator selects. */
public enum IndicatorKind {
    /** 计数: rows counted. */
    COUNT("计数", "Count"),
    /** 去重计数: distinct persons, households or cases counted once. */
    DISTINCT_COUNT("去重计数", "Distinct count"),
    /** 求和: amounts added up. */
    SUM("求和", "Sum"),
    /** 比率: numerator / denominator x 100, each from its own calculator. */
    RATE("比率", "Rate");

    private final String chineseName;
    private final String englishName;

    IndicatorKind(String chineseName, String englishName) {
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
