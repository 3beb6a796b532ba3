package cn.xndpf.domain.statistics;

/** Whether an indicator is a stock on the period's last day or a flow during the period. */
public enum IndicatorBasis {
    /** 期末数 */
    PERIOD_END("期末数", "At period end"),
    /** 期内累计 */
    IN_PERIOD("期内累计", "During the period");

    private final String chineseName;
    private final String englishName;

    IndicatorBasis(String chineseName, String englishName) {
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
