package cn.xndpf.application.institution;

import cn.xndpf.application.shared.SheetColumn;

/**
 * The columns of a service-record workbook (实名制服务记录导入表), found by their heading in the first row;
 * the field is the one {@link ServiceRecordService} names in its rule violations.
 */
public enum RecordColumn implements SheetColumn {
    ID_NUMBER("idNumber", "身份证号", "ID number"),
    INSTITUTION("institutionId", "机构编号", "Institution number"),
    SERVICE("service", "服务项目", "Service"),
    DAY("day", "服务日期", "Day"),
    QUANTITY("quantity", "天数或次数", "Days or sessions"),
    AMOUNT("amount", "金额（元）", "Amount (yuan)");

    private final String field;
    private final String chineseName;
    private final String englishName;

    RecordColumn(String field, String chineseName, String englishName) {
        this.field = field;
        this.chineseName = chineseName;
        this.englishName = englishName;
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
}
