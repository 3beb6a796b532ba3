package cn.xndpf.web.api.employment;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** For the OpenAPI document: the body of POST /employment-declarations (read member by member). */
@Schema(name = "EmploymentDeclarationRequest")
public class DeclarationRequest {

    @Schema(description = "用人单位的统一社会信用代码（18位）；须为本合作方服务区划内已登记的单位", example = "91630102MA7XXXXX0L",
            required = true)
    public String creditCode;

    @Schema(description = "申报年度，须为已结束的年度", example = "2025", required = true)
    public String year;

    @Schema(description = "在职职工人数（1 至 1000000）", example = "300", required = true)
    public String staffCount;

    @Schema(description = "年度工资总额（元，最多两位小数）", example = "24000000.00", required = true)
    public String totalWages;

    @Schema(type = SchemaType.ARRAY, implementation = Employee.class, description = "在职残疾人职工；没有时为空数组",
            required = true)
    public List<Employee> employees;

    /** One disabled employee. */
    @Schema(name = "DeclaredDisabledEmployee")
    public static class Employee {
        @Schema(description = "居民身份证号", example = "630102199001010011", required = true)
        public String idNumber;
        @Schema(description = "残疾人证号（20位，含类别和等级），须与身份证号相符", example = "63010219900101001142", required = true)
        public String certificateNumber;
        @Schema(description = "劳动合同起始日期 yyyy-MM-dd", example = "2023-03-01", required = true)
        public String contractFrom;
        @Schema(description = "劳动合同终止日期 yyyy-MM-dd；无固定期限合同不填", example = "2027-02-28")
        public String contractTo;
        @Schema(description = "年内缴纳社会保险的月数（0 至 12）", example = "12", required = true)
        public String insuranceMonths;
        @Schema(description = "月工资（元，最多两位小数）", example = "4000.00", required = true)
        public String monthlyWage;
    }
}
