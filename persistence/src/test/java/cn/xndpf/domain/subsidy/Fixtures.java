package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.SubjectKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plain-object registry records for rule tests. */
public final class Fixtures {

    public static final DivisionCode COMMUNITY = DivisionCode.of("630102001001");

    private Fixtures() {
    }

    public static Person person(String first17) {
        return new Person(IdNumber.of(first17 + IdNumber.checkCharacter(first17)), "测试",
                COMMUNITY, new Household("H1", COMMUNITY, null, true), true);
    }

    public static Certificate certificate(Person p, DisabilityCategory category, DisabilityLevel level) {
        return Certificate.issue(p, category, level, LocalDate.of(2020, 1, 1), "test");
    }

    /** The subsidy's program row as V3 and V7 store it. */
    public static Program program(SubsidyType type) {
        return new Program(type.programCode(), type.chineseName(), type.englishName(),
                type == SubsidyType.LIVING ? "LS" : "NS", SubjectKind.PERSON, BenefitKind.MONTHLY_CASH);
    }

    /**
     * A chain written as {@code FIRST_REVIEW:10,REVIEW:10,APPROVAL:15} (calendar days), each stage decided by
     * the role and office V7 gives the subsidies' stage of that code.
     */
    public static ReviewPlan plan(String spec) {
        List<ReviewPlan.Step> steps = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split(":");
            String code = kv[0].trim();
            String role = switch (code) {
                case "FIRST_REVIEW" -> "TOWNSHIP_CLERK";
                case "REVIEW" -> "DISTRICT_STAFF";
                default -> "DISTRICT_CIVIL_AFFAIRS";
            };
            steps.add(new ReviewPlan.Step(code, code, code, role,
                    code.equals("FIRST_REVIEW") ? DivisionLevel.TOWNSHIP : DivisionLevel.COUNTY,
                    Integer.parseInt(kv[1].trim()), false));
        }
        return ReviewPlan.of(steps);
    }
}
