package cn.xndpf.domain.workflow;

/** What an approved case receives (待遇形式). */
public enum BenefitKind {
    /** 按月发放的现金 */
    MONTHLY_CASH("按月现金", "Monthly cash"),
    /** 一次性现金 */
    ONE_OFF_CASH("一次性现金", "One-off cash"),
    /** 服务（次数或天数） */
    SERVICE("服务（次/天）", "Service sessions or days"),
    /** 借用或发放的物品（如辅助器具） */
    ITEM("物品（借用/发放）", "Item lent or given"),
    /** 工程（如无障碍改造） */
    WORKS("工程", "Works");

    private final String chineseName;
    private final String englishName;

    BenefitKind(String chineseName, String englishName) {
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
