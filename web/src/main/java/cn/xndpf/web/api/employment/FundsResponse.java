package cn.xndpf.web.api.employment;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The computed funds of a year for the employers of the divisions the tax office serves. */
@Schema(name = "SecurityFunds")
public class FundsResponse {

    @Schema(type = SchemaType.ARRAY, implementation = FundResponse.class,
            description = "已审核并计算的保障金，按单位；没有时为空数组", required = true)
    public List<FundResponse> funds;
}
