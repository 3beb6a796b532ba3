package cn.xndpf.domain.education;

import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the student grant (助学金, DOMAIN §4.3) as one pure function of the facts on a day, so the
 * form, the review and any later check judge alike.
 *
 * <ul>
 *   <li>The holder the case is recorded under has a valid certificate and is alive.</li>
 *   <li>The student is the holder (本人, same ID number) or the holder's child (子女: another, younger
 *       person).</li>
 *   <li>The household is poor: one of the statuses the dated setting {@value #POOR_STATUSES} lists; a
 *       student who holds the certificate is exempt where {@value #DISABLED_STUDENT_REGARDLESS_OF_INCOME}
 *       says so.</li>
 *   <li>The grade exists in the stage; the school year is the current or the next one.</li>
 *   <li>An amount is set for the stage in that school year, and the student has no grant of that school
 *       year yet (refused, returned and approved cases count; rejected ones do not).</li>
 * </ul>
 */
public final class GrantRules {

    /** Setting key prefix of the grant per school year, followed by the {@link SchoolStage} name. */
    public static final String AMOUNT_PREFIX = "education.grant.amount.";
    /** Setting key: comma-separated {@link AssistanceStatus} names that make a household poor for the grant. */
    public static final String POOR_STATUSES = "education.grant.poorStatuses";
    /** Setting key: a student holding the certificate qualifies whatever the household's income ("true"/"false"). */
    public static final String DISABLED_STUDENT_REGARDLESS_OF_INCOME =
            "education.grant.disabledStudentRegardlessOfIncome";

    private GrantRules() {
    }

    /** The facts the rules look at, gathered by the service for one application and day. */
    public record Facts(Person holder, Certificate validCertificate, Set<AssistanceStatus> householdStatuses,
                        StudentRelation relation, IdNumber student, SchoolStage stage, int grade,
                        SchoolYear schoolYear, BigDecimal amountInForce, Set<AssistanceStatus> poorStatuses,
                        boolean disabledStudentRegardlessOfIncome, boolean alreadyGranted, LocalDate day) {
    }

    public static GrantAssessment assess(Facts f) {
        List<GrantAssessment.Reason> reasons = new ArrayList<>();
        if (f.validCertificate() == null) {
            reasons.add(reason("idNumber", "education.noValidCertificate"));
        }
        if (f.holder().isDeceased() && !f.holder().deathDate().isAfter(f.day())) {
            reasons.add(reason("idNumber", "education.deceased"));
        }
        boolean same = f.student().equals(f.holder().idNumber());
        if (f.relation() == StudentRelation.SELF && !same) {
            reasons.add(reason("studentIdNumber", "education.selfNotSameStudent"));
        }
        if (f.relation() == StudentRelation.CHILD
                && (same || !f.student().birthDate().isAfter(f.holder().idNumber().birthDate()))) {
            reasons.add(reason("studentIdNumber", "education.childNotYounger"));
        }
        boolean exempt = f.relation() == StudentRelation.SELF && f.disabledStudentRegardlessOfIncome();
        if (!exempt && Collections.disjoint(f.householdStatuses(), f.poorStatuses())) {
            reasons.add(reason("idNumber", "education.notPoor"));
        }
        if (f.grade() < 1 || f.grade() > f.stage().highestGrade()) {
            reasons.add(new GrantAssessment.Reason("grade", "education.gradeOutOfRange",
                    f.stage().chineseName() + " 1-" + f.stage().highestGrade()));
        }
        SchoolYear current = SchoolYear.containing(f.day());
        if (f.schoolYear().startYear() < current.startYear() || f.schoolYear().startYear() > current.startYear() + 1) {
            reasons.add(new GrantAssessment.Reason("schoolYear", "education.schoolYearNotOpen",
                    f.schoolYear().label()));
        }
        if (f.amountInForce() == null || f.amountInForce().signum() <= 0) {
            reasons.add(new GrantAssessment.Reason("stage", "education.noGrantForStage", f.stage().chineseName()));
        }
        if (f.alreadyGranted()) {
            reasons.add(new GrantAssessment.Reason("studentIdNumber", "education.alreadyGranted",
                    f.schoolYear().label()));
        }
        return new GrantAssessment(reasons.isEmpty(), List.copyOf(reasons), f.amountInForce());
    }

    /** Reads the setting {@value #POOR_STATUSES}; an unknown name is a configuration error, not ignored. */
    public static Set<AssistanceStatus> poorStatuses(String setting) {
        Set<AssistanceStatus> statuses = EnumSet.noneOf(AssistanceStatus.class);
        if (setting != null) {
            Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(AssistanceStatus::valueOf).forEach(statuses::add);
        }
        return statuses;
    }

    private static GrantAssessment.Reason reason(String field, String key) {
        return new GrantAssessment.Reason(field, key, null);
    }
}
