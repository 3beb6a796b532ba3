package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rehabilitation program's rules as pure functions of the facts on a day, so the assessment, the form and
 * the rate judge alike.
 *
 * <ul>
 *   <li>Basic services (基本康复服务) are rehabilitation training and assistive-device fitting.</li>
 *   <li>An assessment is taken of a living holder of a valid certificate, on a day not in the future.</li>
 *   <li>An application needs the person's latest assessment up to the day to have found the service needed,
 *       no longer ago than the dated setting {@code rehabilitation.assessment.validMonths}; a valid
 *       certificate; alive; no other open rehabilitation case.</li>
 *   <li>The basic service rate (基本康复服务率) = people served / people assessed as needing, in percent to two
 *       decimals; no rate when nobody was assessed as needing.</li>
 * </ul>
 */
public final class RehabilitationRules {

    /** Setting key (policy_setting, dated): months an assessment that found a need supports an application. */
    public static final String ASSESSMENT_VALID_MONTHS = "rehabilitation.assessment.validMonths";

    /** The services of basic rehabilitation, as the institutions record them. */
    public static final Set<ServiceKind> BASIC_SERVICES = Set.of(ServiceKind.REHABILITATION_TRAINING,
            ServiceKind.DEVICE_FITTING);

    private RehabilitationRules() {
    }

    /** A reason a step is refused, as a message key of the domain's bundle and its argument. */
    public record Reason(String key, String argument) {
    }

    /** Every reason an assessment of this person on this day cannot be recorded; empty when it can. */
    public static List<Reason> assessmentRefusals(Person person, Certificate validCertificate, ServiceKind needed,
                                                  LocalDate assessedOn, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (validCertificate == null) {
            reasons.add(new Reason("eligibility.noValidCertificate", null));
        }
        if (assessedOn == null) {
            reasons.add(new Reason("date.required", null));
        } else {
            if (assessedOn.isAfter(today)) {
                reasons.add(new Reason("date.future", null));
            }
            if (dead(person, assessedOn)) {
                reasons.add(new Reason("eligibility.deceased", null));
            }
        }
        if (needed != null && !BASIC_SERVICES.contains(needed)) {
            reasons.add(new Reason("rehabilitation.notBasicService", needed.chineseName()));
        }
        return List.copyOf(reasons);
    }

    /** The facts an application is judged on, gathered by the service for one person and day. */
    public record Facts(Person person, Certificate validCertificate, List<RehabilitationAssessment> assessments,
                        ServiceKind service, boolean hasOpenCase, int validMonths, LocalDate day) {
    }

    /** Every reason an application is refused; empty when it is taken. */
    public static List<Reason> applicationRefusals(Facts f) {
        List<Reason> reasons = new ArrayList<>();
        if (f.validCertificate() == null) {
            reasons.add(new Reason("eligibility.noValidCertificate", null));
        }
        if (dead(f.person(), f.day())) {
            reasons.add(new Reason("eligibility.deceased", null));
        }
        if (supportingAssessment(f.assessments(), f.service(), f.validMonths(), f.day()).isEmpty()) {
            reasons.add(new Reason("rehabilitation.noAssessedNeed", String.valueOf(f.validMonths())));
        }
        if (f.hasOpenCase()) {
            reasons.add(new Reason("rehabilitation.openCase", null));
        }
        return List.copyOf(reasons);
    }

    /**
     * The assessment that supports an application for {@code service} on {@code day}: the latest assessment up
     * to that day, if it found that service needed and is no more than {@code validMonths} old.
     */
    public static Optional<RehabilitationAssessment> supportingAssessment(List<RehabilitationAssessment> assessments,
                                                                          ServiceKind service, int validMonths,
                                                                          LocalDate day) {
        return assessments.stream().filter(a -> !a.assessedOn().isAfter(day))
                .max(Comparator.comparing(RehabilitationAssessment::assessedOn)
                        .thenComparing(a -> a.id() == null ? Long.MAX_VALUE : a.id()))
                .filter(a -> a.needsService() && a.service() == service)
                .filter(a -> !a.assessedOn().plusMonths(validMonths).isBefore(day));
    }

    /** served / needing in percent, two decimals; empty when nobody was assessed as needing. */
    public static Optional<BigDecimal> serviceRate(long served, long needing) {
        if (needing <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(served).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(needing), 2, RoundingMode.HALF_UP));
    }

    private static boolean dead(Person p, LocalDate day) {
        return p.isDeceased() && !p.deathDate().isAfter(day);
    }
}
