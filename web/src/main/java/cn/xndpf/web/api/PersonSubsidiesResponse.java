package cn.xndpf.web.api;

import cn.xndpf.application.subsidy.SubsidyCaseStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A person's subsidy cases: subsidy, state and covered months; nothing else about the person. */
@Schema(name = "PersonSubsidies")
public class PersonSubsidiesResponse {

    @Schema(type = SchemaType.ARRAY, implementation = CaseStatus.class, description = "该人员的两项补贴办件，新的在前；没有办件时为空数组", required = true)
    public List<CaseStatus> cases;

    /** One case. */
    @Schema(name = "SubsidyCaseStatus")
    @JsonbPropertyOrder({"caseNumber", "subsidy", "state", "benefitFrom", "benefitUntil"})
    public static class CaseStatus {
        @Schema(description = "办件编号", example = "LS-1050", required = true)
        public String caseNumber;
        @Schema(description = "补贴类别：LIVING 困难残疾人生活补贴、NURSING 重度残疾人护理补贴", required = true)
        public Coded subsidy;
        @Schema(description = "办件状态，如 SUBMITTED 已提交、ACTIVE 享受中、SUSPENDED 暂停、TERMINATED 终止", required = true)
        public Coded state;
        @Schema(description = "补贴从该日所在月起发放（批准后才有）", example = "2026-03-01")
        public String benefitFrom;
        @Schema(description = "终止后：最后发放月份的最后一天", example = "2026-10-31")
        public String benefitUntil;
    }

    /** A code with its Chinese name. */
    @Schema(name = "CodeWithName")
    @JsonbPropertyOrder({"code", "name"})
    public static class Coded {
        @Schema(example = "ACTIVE", required = true)
        public String code;
        @Schema(example = "享受中", required = true)
        public String name;

        Coded(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public Coded() {
        }
    }

    static PersonSubsidiesResponse of(List<SubsidyCaseStatus> cases) {
        PersonSubsidiesResponse r = new PersonSubsidiesResponse();
        r.cases = cases.stream().map(c -> {
            CaseStatus s = new CaseStatus();
            s.caseNumber = c.caseNumber();
            s.subsidy = new Coded(c.subsidy().name(), c.subsidy().chineseName());
            s.state = new Coded(c.state().name(), c.state().chineseName());
            s.benefitFrom = text(c.benefitFrom());
            s.benefitUntil = text(c.benefitUntil());
            return s;
        }).toList();
        return r;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
