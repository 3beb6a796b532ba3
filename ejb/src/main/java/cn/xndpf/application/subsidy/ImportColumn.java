package cn.xndpf.application.subsidy;

/**
 * The columns of a bulk application workbook (批量申请表), found by their heading in the first row. The
 * field name is the one {@link SubsidyService} names in its rule violations, so each problem lands on
 * its column.
 */
public enum ImportColumn {
    ID_NUMBER("idNumber", "身份证号", "ID number", 22),
    TYPE("type", "补贴类别", "Subsidy", 14),
    BANK_NAME("bankName", "开户银行", "Bank", 26),
    BANK_ACCOUNT("bankAccount", "银行账号", "Account number", 26),
    APPLIED_ON("appliedOn", "申请日期", "Application date", 14);

    private final String field;
    private final String chineseName;
    private final String englishName;
    private final int width;

    ImportColumn(String field, String chineseName, String englishName, int width) {
        this.field = field;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.width = width;
    }

    public String field() {
        return field;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Column width in characters in the template. */
    int width() {
        return width;
    }

    /** Whether a heading names this column (in either language; marks such as * are ignored). */
    boolean isNamedBy(String heading) {
        if (heading == null) {
            return false;
        }
        String h = heading.replace("*", "").replace("＊", "").trim();
        return h.equals(chineseName) || h.equalsIgnoreCase(englishName);
    }
}
