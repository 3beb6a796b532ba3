package cn.xndpf.application.demo;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.domain.subsidy.SubsidyType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xndpf.domain.shared.PlatformClock;

/**
 * The annual re-checks of the two subsidies in the demo's history (两项补贴年度核查历史): for every year from
 * 2021 whose check date ({@link #CHECK_DAY}) has passed, the findings the re-check job
 * ({@code subsidy-annual-recheck}, {@code AnnualRecheck}) would have made on that day, and what staff did
 * about each. The job looks at every running case (approved, not ended by the check date) and, by the
 * subsidy's own rules on the facts of the check date, finds those whose basis changed (the holder died, the
 * certificate is no longer valid, the household left 低保) or whose certificate's level differs from the
 * level paid. A finding whose case was ended after the check date was resolved by that ending (终止发放, by
 * whoever ended it, when and why); one whose basis holds again today was dismissed after verification a
 * fortnight later; any other stays open for staff, as it would on a live platform.
 * <p>
 * A pure plan (no database), from the cases as the payment history reads them and the generated people:
 * {@link DemoDataWriter#writeRecheckHistory} stores it.
 */
public final class DemoRecheckHistory {

    /** The day each year's re-check judges the cases on (the re-check of December, before the year's last roll). */
    public static final MonthDay CHECK_DAY = MonthDay.of(12, 1);

    /** The rules of a subsidy on a person's facts of a day, as the demo's cases were planned by them. */
    public interface Rules {
        EligibilityResult assess(DemoDataGenerator.DemoPerson person, SubsidyType type, LocalDate day);
    }

    /** The step that ended a case, as its timeline records it. */
    public record Ending(String actor, Instant at, String reason) {
    }

    /** What staff did about a finding, who, when and why. */
    public record Resolution(RecheckResolution how, String actor, Instant at, String note) {
    }

    /** One finding of one check date; no resolution while it is open. */
    public record Finding(long caseId, String county, LocalDate checkDate, List<RecheckReason> reasons,
                          DisabilityLevel certificateLevel, Resolution resolution) {
    }

    static final String DISMISS_NOTE = "经入户核实，享受条件已恢复，继续发放";

    private final LocalDate today;
    private final Rules rules;

    public DemoRecheckHistory(LocalDate today, Rules rules) {
        this.today = today;
        this.rules = rules;
    }

    /** The first check date on or after {@code day}. */
    public static LocalDate checkDateOnOrAfter(LocalDate day) {
        LocalDate check = CHECK_DAY.atYear(day.getYear());
        return check.isBefore(day) ? CHECK_DAY.atYear(day.getYear() + 1) : check;
    }

    /** The check dates of the history: each year's from 2021 that is before today. */
    public List<LocalDate> checkDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = CHECK_DAY.atYear(DemoPaymentHistory.FIRST_MONTH.getYear()); d.isBefore(today);
             d = d.plusYears(1)) {
            dates.add(d);
        }
        return dates;
    }

    /**
     * @param cases         every case whose benefit started (as {@link DemoDataWriter#paidCases()} reads them)
     * @param people        the generated people, by person id
     * @param endings       the step that ended each ended case, by case id
     * @param districtStaff who acts for each county's DPF, by county code
     */
    public List<Finding> findings(List<DemoPaymentHistory.CaseFacts> cases,
                                  Map<Long, DemoDataGenerator.DemoPerson> people, Map<Long, Ending> endings,
                                  Map<String, String> districtStaff) {
        List<Finding> findings = new ArrayList<>();
        for (LocalDate check : checkDates()) {
            for (DemoPaymentHistory.CaseFacts c : cases) {
                DemoDataGenerator.DemoPerson person = people.get(c.personId());
                if (person == null || !runningOn(c, check)) {
                    continue;
                }
                List<RecheckReason> reasons = new ArrayList<>();
                Certificate valid = DemoSubsidyCases.validOn(person, check);
                if (valid != null && valid.level() != c.level()) {
                    reasons.add(new RecheckReason(RecheckReason.LEVEL_CHANGED,
                            List.of(c.level().chineseName(), valid.level().chineseName())));
                }
                rules.assess(person, c.type(), check).reasons().stream().map(RecheckReason::of).forEach(reasons::add);
                if (reasons.isEmpty()) {
                    continue;
                }
                findings.add(new Finding(c.caseId(), c.county(), check, List.copyOf(reasons),
                        valid == null ? null : valid.level(), resolution(c, person, check, endings, districtStaff)));
            }
        }
        return findings;
    }

    /** The job examines the cases running on the check date: approved by then and not yet ended. */
    private static boolean runningOn(DemoPaymentHistory.CaseFacts c, LocalDate check) {
        return c.activatedOn() != null && !c.activatedOn().isAfter(check)
                && (c.terminatedOn() == null || c.terminatedOn().isAfter(check));
    }

    private Resolution resolution(DemoPaymentHistory.CaseFacts c, DemoDataGenerator.DemoPerson person,
                                  LocalDate check, Map<Long, Ending> endings, Map<String, String> districtStaff) {
        Ending ended = endings.get(c.caseId());
        if (c.terminatedOn() != null && ended != null) {
            return new Resolution(RecheckResolution.TERMINATED, ended.actor(), ended.at(), ended.reason());
        }
        if (rules.assess(person, c.type(), today).eligible() && check.plusDays(14).isBefore(today)) {
            return new Resolution(RecheckResolution.DISMISSED,
                    districtStaff.getOrDefault(c.county(), "dpf-" + c.county()),
                    check.plusDays(14).atTime(LocalTime.of(10, 30)).atZone(PlatformClock.ZONE).toInstant(),
                    DISMISS_NOTE);
        }
        return null;
    }
}
