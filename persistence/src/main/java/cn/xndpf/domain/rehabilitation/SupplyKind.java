package cn.xndpf.domain.rehabilitation;

/** How a catalogued device reaches its user: given to keep (发放) or lent and returned (借用). */
public enum SupplyKind {
    /** 发放 */
    GIVEN("发放", "Given"),
    /** 借用 */
    LENT("借用", "Lent");

    private final String chineseName;
    private final String englishName;

    SupplyKind(String chineseName, String englishName) {
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
