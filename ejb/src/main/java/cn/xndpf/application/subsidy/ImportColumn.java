package cn.xndpf.application.subsidy;

import cn.xndpf.application.shared.SheetColumn;

/**
 * The columns of a bulk application workbook (批量申请表), found by their heading in the first row. The
 * field name is the one {@link SubsidyService} names in its rule violations, so each problem lands on
 * its column.
 */
public enum ImportColumn implements SheetColumn {
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

    @Override
    public String field() {
        return field;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    @Override
    public int width() {
        return width;
    }
}
