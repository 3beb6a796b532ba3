package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules of the two subsidies (DOMAIN §4.2) as one pure function of the facts on a day, so the
 * application form, the review screens and the annual re-check all judge alike.
 *
 * <ul>
 *   <li>Both: a valid certificate, alive, living in the program's area, no overlapping benefit.</li>
 *   <li>Living subsidy: the household holds 低保 (or 低收入 where the province widened it).</li>
 *   <li>Nursing subsidy: level 1 or 2 (or level 3-4 intellectual or mental where widened), and not in
 *       centralised 特困 care.</li>
 * </ul>
 */
public final class EligibilityRules {

    /** Setting key: the living subsidy also covers low-income households ("true"/"false"). */
    public static final String LIVING_INCLUDES_LOW_INCOME = "subsidy.living.includesLowIncome";
    /** Setting key: the nursing subsidy also covers level 3-4 intellectual and mental disabilities. */
    public static final String NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL =
            "subsidy.nursing.includesLevel34IntellectualMental";

    private EligibilityRules() {
    }

    /** The facts the rules look at; gathered by the service for one person and day. */
    public record Facts(Person person, Certificate validCertificate, Set<AssistanceStatus> householdStatuses,
                        Collection<OverlappingBenefitType> overlappingBenefits, DivisionCode area,
                        boolean livingIncludesLowIncome, boolean nursingIncludesLevel34IntellectualMental,
                        LocalDate day) {
    }

    public static EligibilityResult assess(SubsidyType type, Facts f) {
        List<EligibilityResult.Reason> reasons = new ArrayList<>();
        Certificate c = f.validCertificate();
        if (c == null) {
            reasons.add(reason("eligibility.noValidCertificate"));
        }
        if (f.person().isDeceased() && !f.person().deathDate().isAfter(f.day())) {
            reasons.add(reason("eligibility.deceased"));
        }
        if (!f.area().contains(f.person().division())) {
            reasons.add(new EligibilityResult.Reason("eligibility.notResident", f.area().value()));
        }
        for (OverlappingBenefitType b : f.overlappingBenefits()) {
            if (b.excludes() == type) {
                reasons.add(new EligibilityResult.Reason("eligibility.overlapping", b.chineseName()));
            }
        }
        Set<AssistanceStatus> statuses = f.householdStatuses();
        if (type == SubsidyType.LIVING) {
            boolean dibao = statuses.contains(AssistanceStatus.DIBAO);
            boolean lowIncome = f.livingIncludesLowIncome() && statuses.contains(AssistanceStatus.LOW_INCOME);
            if (!dibao && !lowIncome) {
                reasons.add(reason(f.livingIncludesLowIncome() ? "eligibility.notDibaoOrLowIncome"
                        : "eligibility.notDibao"));
            }
        } else {
            if (c != null && !severeEnough(c, f.nursingIncludesLevel34IntellectualMental())) {
                reasons.add(reason(f.nursingIncludesLevel34IntellectualMental() ? "eligibility.levelNotCoveredWidened"
                        : "eligibility.levelNotSevere"));
            }
            if (statuses.contains(AssistanceStatus.TEKUN_CENTRALISED)) {
                reasons.add(reason("eligibility.centralisedCare"));
            }
        }
        return new EligibilityResult(type, reasons.isEmpty(), List.copyOf(reasons));
    }

    private static boolean severeEnough(Certificate c, boolean widened) {
        if (c.level().isSevere()) {
            return true;
        }
        return widened && (c.level() == DisabilityLevel.THREE || c.level() == DisabilityLevel.FOUR)
                && (c.category() == DisabilityCategory.INTELLECTUAL || c.category() == DisabilityCategory.MENTAL);
    }

    private static EligibilityResult.Reason reason(String key) {
        return new EligibilityResult.Reason(key, null);
    }
}
