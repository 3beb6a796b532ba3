package cn.xndpf.web.api.employment;

import cn.xndpf.application.employment.DeclarationView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to a declaration: taken, waiting for the federation's verification; ID numbers masked. */
@Schema(name = "EmploymentDeclaration")
@JsonbPropertyOrder({"id", "creditCode", "year", "staffCount", "verified", "employees"})
public class DeclarationResponse {

    @Schema(description = "申报编号", example = "12345", required = true)
    public long id;
    @Schema(description = "统一社会信用代码", example = "91630102MA7XXXXX0L", required = true)
    public String creditCode;
    @Schema(description = "申报年度", example = "2025", required = true)
    public int year;
    @Schema(description = "在职职工人数", example = "300", required = true)
    public int staffCount;
    @Schema(description = "是否已由残联审核（报送时总为 false）", required = true)
    public boolean verified;
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "申报的残疾人职工身份证号（脱敏）",
            required = true)
    public List<String> employees;

    static DeclarationResponse of(String creditCode, DeclarationView d) {
        DeclarationResponse r = new DeclarationResponse();
        r.id = d.id();
        r.creditCode = creditCode;
        r.year = d.year();
        r.staffCount = d.staffCount();
        r.verified = d.verified();
        r.employees = d.employees().stream().map(DeclarationView.Employee::maskedIdNumber).toList();
        return r;
    }
}
