package cn.xndpf.domain.statistics;

/** The lengths of statistics period (统计周期). */
public enum PeriodType {
    /** 月度 */
    MONTH("月度", "Monthly", 1),
    /** 季度 */
    QUARTER("季度", "Quarterly", 3),
    /** 年度 */
    YEAR("年度", "Annual", 12),
    /** 五年: the federation's five-year reviews and plans. */
    FIVE_YEAR("五年", "Five-year", 60);

    private final String chineseName;
    private final String englishName;
    private final int months;

    PeriodType(String chineseName, String englishName, int months) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.months = months;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public int months() {
        return months;
    }
}
