package cn.xndpf.application.employment;

import cn.xndpf.application.shared.SheetColumn;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.IdNumber;

/**
 * The columns of an annual declaration workbook (年审申报导入表), one row per declared disabled employee, found by
 * their heading in the first row. The field names are those {@link QuotaService} names in its rule violations, so
 * each problem lands on its column.
 */
public enum DeclarationColumn implements SheetColumn {
    CREDIT_CODE(CreditCode.FIELD, "统一社会信用代码", "Credit code", 24),
    YEAR("year", "申报年度", "Year", 10),
    STAFF_COUNT("staffCount", "在职职工人数", "Staff count", 12),
    TOTAL_WAGES("totalWages", "职工工资总额", "Total wages", 16),
    ID_NUMBER(IdNumber.FIELD, "身份证号", "ID number", 22),
    CERTIFICATE(CertificateNumber.FIELD, "残疾人证号", "Certificate number", 26),
    LEVEL("level", "残疾等级", "Level", 10),
    CONTRACT_FROM("contractFrom", "劳动合同起始日期", "Contract from", 16),
    CONTRACT_TO("contractTo", "劳动合同终止日期", "Contract to", 16),
    INSURANCE_MONTHS("insuranceMonths", "社保缴纳月数", "Insurance months", 12),
    MONTHLY_WAGE("monthlyWage", "月工资", "Monthly wage", 12);

    private final String field;
    private final String chineseName;
    private final String englishName;
    private final int width;

    DeclarationColumn(String field, String chineseName, String englishName, int width) {
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

    /** The columns of the declared employee; all blank on a row of an employer that declares nobody. */
    boolean isEmployees() {
        return ordinal() >= ID_NUMBER.ordinal();
    }
}
