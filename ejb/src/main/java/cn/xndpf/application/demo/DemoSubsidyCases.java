package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.HouseholdAssistance;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic cases of the two subsidies (两项补贴演示办件) for the demo people, so that every screen of the
 * workflow has something to show in every district: most cases active since various months, some waiting
 * at each review level (some past their deadline), some returned or rejected, a few suspended or ended
 * (including by death, and by a household leaving 低保). A case is only planned for someone who qualifies
 * by {@link EligibilityRules} on the day they applied and, unless it has ended, today too; about one in
 * ten who qualify is left without a case, for applications in the demo.
 * <p>
 * It has a random source of its own, so the people generated from the same seed stay the same whether
 * or not cases are planned for them. A plan is data; {@link Plan#build} turns it into a case through the
 * same domain methods the services use.
 */
public class DemoSubsidyCases {

    /** What the demo shows of a case. */
    public enum Outcome {
        ACTIVE, WAITING, RETURNED, REJECTED, SUSPENDED, TERMINATED
    }

    /** One step after the application: a submission, a decision at a review stage, a suspension, an end. */
    public record Step(Kind kind, LocalDate day, String stage, ReviewDecision decision, String actor,
                       String reason, LocalDate lastDay) {

        public enum Kind { SUBMIT, REVIEW, SUSPEND, TERMINATE }
    }

    /** A case as the demo will have it, and the times its timeline steps happened. */
    public record Built(SubsidyCase subsidyCase, List<Instant> eventTimes) {
    }

    /** A case to create for one person: who applied for what, when, and every step since. */
    public record Plan(DemoDataGenerator.DemoPerson applicant, SubsidyType type, Outcome outcome, LocalDate appliedOn,
                       String applicantActor, String bankName, String bankAccount, ReviewPlan reviewPlan,
                       List<Step> steps) {

        /**
         * The case of {@code program}, built on {@code person} (the managed copy of the applicant) by the
         * domain's own methods, each given the day it happened; with the time of each timeline step, in
         * timeline order. Generated history bypasses the workflow service, which acts on today only.
         */
        public Built build(Person person, Program program) {
            List<Instant> times = new ArrayList<>();
            Clock clock = new Clock();
            SubsidyCase c = new SubsidyCase(program, type, person, applicant.certificates().get(0).level(), bankName,
                    bankAccount, appliedOn, applicantActor);
            clock.stamp(c, appliedOn, times);
            for (Step s : steps) {
                switch (s.kind()) {
                    case SUBMIT -> c.submit(reviewPlan, s.day(), s.actor());
                    case REVIEW -> c.review(reviewPlan, s.stage(), s.decision(), s.actor(), s.reason(), s.day());
                    case SUSPEND -> c.suspend(s.actor(), s.reason());
                    case TERMINATE -> c.terminate(s.lastDay(), s.actor(), s.reason());
                }
                clock.stamp(c, s.day(), times);
            }
            return new Built(c, List.copyOf(times));
        }
    }

    /** Hands out times for new timeline steps: office hours of their day, always after the one before. */
    private static final class Clock {
        private Instant last = Instant.EPOCH;
        private int seen;

        void stamp(SubsidyCase c, LocalDate day, List<Instant> times) {
            List<CaseEvent> events = c.events();
            for (; seen < events.size(); seen++) {
                Instant t = day.atTime(LocalTime.of(9, 0)).plusMinutes(17L * seen)
                        .atZone(PlatformClock.ZONE).toInstant();
                last = t.isAfter(last) ? t : last.plus(1, ChronoUnit.MINUTES);
                times.add(last);
            }
        }
    }

    private static final String[] BANKS = {"中国农业银行西宁分行", "青海银行", "中国工商银行西宁分行", "中国建设银行青海省分行",
            "中国邮政储蓄银行西宁市分行", "青海农商银行"};
    private static final String[] RETURN_REASONS = {"申请材料不全，请补充户口簿及银行卡复印件",
            "银行账号与申请人姓名不一致，请核实后重新提交"};
    private static final String[] REJECT_REASONS = {"经入户核查，申请材料与实际情况不符", "申请人书面表示放弃申请"};
    private static final String[] SUSPEND_REASONS = {"银行账户已冻结，暂停发放待核实", "年度复核未按时提交材料，暂停发放"};
    private static final String DEATH_REASON = "本人死亡，残疾人证已注销";
    private static final String LEFT_DIBAO_REASON = "家庭退出最低生活保障，不再符合生活补贴条件";
    private static final String REQUEST_REASON = "本人申请停止享受";
    private static final double NO_CASE = 0.10;
    /** A death reported this many days late or more was not reported: the next annual re-check found it. */
    private static final int FOUND_BY_RECHECK_LAG = 17;

    /** Planned first in every district, so that each state is there to see; the rest follow the weights. */
    private static final List<Slot> SHOWCASE = List.of(
            new Slot(Outcome.WAITING, 0, false), new Slot(Outcome.WAITING, 0, true),
            new Slot(Outcome.WAITING, 1, false), new Slot(Outcome.WAITING, 1, true),
            new Slot(Outcome.WAITING, 2, false), new Slot(Outcome.WAITING, 2, true),
            new Slot(Outcome.RETURNED, 0, false), new Slot(Outcome.REJECTED, 1, false),
            new Slot(Outcome.SUSPENDED, 0, false), new Slot(Outcome.TERMINATED, 0, false));

    private record Slot(Outcome outcome, int levelIndex, boolean overdue) {
    }

    private record Candidate(DemoDataGenerator.DemoPerson person, SubsidyType type) {
        DivisionCode county() {
            return person.person().division().county();
        }

        /** The county's first township (for 城东区: 东关街道, where the demo clerk works). */
        boolean inFirstTownship() {
            return person.person().division().value().startsWith(county().value() + "001");
        }
    }

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<ReviewStage>> stagesByProgram;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;

    /**
     * @param stagesByProgram the review set-up of each program, as stored
     * @param settings        the dated values of the eligibility settings, by key
     * @param staff           the demo accounts: where one works at the division and level, it is the actor
     */
    public DemoSubsidyCases(long seed, LocalDate today, Map<String, List<ReviewStage>> stagesByProgram,
                            Map<String, List<PolicySetting>> settings, List<StaffUser> staff) {
        this.random = new Random(seed);
        this.today = today;
        this.stagesByProgram = stagesByProgram;
        this.settings = settings;
        this.staff = staff;
    }

    public List<Plan> plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<DivisionCode, List<Candidate>> open = new LinkedHashMap<>();
        List<Plan> plans = new ArrayList<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            if (d.certificates().isEmpty()) {
                continue;
            }
            for (SubsidyType type : SubsidyType.values()) {
                Candidate c = new Candidate(d, type);
                if (qualifies(d, type, today)) {
                    open.computeIfAbsent(c.county(), k -> new ArrayList<>()).add(c);
                } else {
                    ended(c).ifPresent(plans::add);
                }
            }
        }
        for (List<Candidate> county : open.values()) {
            Collections.shuffle(county, random);
            List<Candidate> rest = new ArrayList<>(county);
            for (Slot slot : SHOWCASE) {
                showcase(slot, rest).ifPresent(plans::add);
            }
            for (Candidate c : rest) {
                drawn(c).ifPresent(plans::add);
            }
        }
        return plans;
    }

    /**
     * The first candidate a showcase slot can be planned for; it is then taken out of {@code rest}. Cases
     * waiting for first review go to the county's first township if it can, where a demo clerk sees them.
     */
    private Optional<Plan> showcase(Slot slot, List<Candidate> rest) {
        List<Candidate> order = new ArrayList<>(rest);
        if (slot.outcome() == Outcome.WAITING && slot.levelIndex() == 0) {
            order.sort(Comparator.comparing(c -> !c.inFirstTownship()));
        }
        for (Candidate c : order.subList(0, Math.min(order.size(), 20))) {
            Optional<Plan> planned = plan(c, slot);
            if (planned.isPresent()) {
                rest.remove(c);
                return planned;
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> drawn(Candidate c) {
        double r = random.nextDouble();
        if (r < NO_CASE) {
            return Optional.empty();
        }
        if (r < NO_CASE + 0.08) {
            return plan(c, new Slot(Outcome.WAITING, random.nextInt(3), random.nextBoolean()));
        }
        if (r < NO_CASE + 0.10) {
            return plan(c, new Slot(Outcome.RETURNED, random.nextInt(3), false));
        }
        if (r < NO_CASE + 0.12) {
            return plan(c, new Slot(Outcome.REJECTED, random.nextInt(3), false));
        }
        if (r < NO_CASE + 0.14) {
            return plan(c, new Slot(Outcome.SUSPENDED, 0, false));
        }
        if (r < NO_CASE + 0.16) {
            return plan(c, new Slot(Outcome.TERMINATED, 0, false));
        }
        return plan(c, new Slot(Outcome.ACTIVE, 0, false));
    }

    /** A case that once ran and has ended: the holder died, or the household left 低保. */
    private Optional<Plan> ended(Candidate c) {
        Person p = c.person().person();
        Certificate cert = c.person().certificates().get(0);
        LocalDate end = null;
        String reason = null;
        if (p.isDeceased()) {
            end = p.deathDate();
            reason = DEATH_REASON;
        } else if (c.type() == SubsidyType.LIVING && c.person().household() != null) {
            end = c.person().household().assistanceHistory().stream()
                    .filter(a -> a.status() == AssistanceStatus.DIBAO && a.validTo() != null)
                    .map(HouseholdAssistance::validTo).max(Comparator.naturalOrder()).orElse(null);
            reason = LEFT_DIBAO_REASON;
        }
        if (end == null || random.nextDouble() > 0.7) {
            return Optional.empty();
        }
        LocalDate from = latest(cert.issuedOn(), today.minusYears(6));
        LocalDate to = end.minusDays(60);
        Optional<LocalDate> applied = dayWhenQualified(c, from, to, false);
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        ReviewPlan rp = reviewPlan(c.type(), applied.get());
        LocalDate approved = approveAll(c, rp, applied.get(), steps);
        int lag = 5 + random.nextInt(25);
        LocalDate recorded = earliest(today, end.plusDays(lag));
        LocalDate check = DemoRecheckHistory.checkDateOnOrAfter(end);
        if (DEATH_REASON.equals(reason) && lag >= FOUND_BY_RECHECK_LAG && check.isBefore(today.minusDays(30))) {
            // nobody told the federation: the annual re-check (年度核查) found the death in the civil-affairs
            // records, and district staff ended the case a week or two after its check date
            recorded = check.plusDays(lag - 10L);
        }
        steps.add(new Step(Step.Kind.TERMINATE, latest(recorded, approved), null, null,
                districtStaff(c), reason, end));
        return Optional.of(plan(c, Outcome.TERMINATED, applied.get(), rp, steps));
    }

    private Optional<Plan> plan(Candidate c, Slot slot) {
        Certificate cert = c.person().certificates().get(0);
        LocalDate earliest = latest(cert.issuedOn(), today.minusYears(6));
        return switch (slot.outcome()) {
            case ACTIVE, SUSPENDED, TERMINATED -> {
                Optional<LocalDate> applied = dayWhenQualified(c, earliest, today.minusDays(60), true);
                if (applied.isEmpty()) {
                    yield Optional.empty();
                }
                ReviewPlan rp = reviewPlan(c.type(), applied.get());
                List<Step> steps = new ArrayList<>();
                LocalDate approved = approveAll(c, rp, applied.get(), steps);
                if (slot.outcome() != Outcome.ACTIVE) {
                    LocalDate day = between(approved.plusDays(30), today.minusDays(1));
                    steps.add(slot.outcome() == Outcome.SUSPENDED
                            ? new Step(Step.Kind.SUSPEND, day, null, null, districtStaff(c),
                            pick(SUSPEND_REASONS), null)
                            : new Step(Step.Kind.TERMINATE, day, null, null, districtStaff(c),
                            REQUEST_REASON, day));
                }
                yield Optional.of(plan(c, slot.outcome(), applied.get(), rp, steps));
            }
            case WAITING, RETURNED, REJECTED -> underReview(c, slot, earliest);
        };
    }

    /**
     * A case still in (or just out of) review. The days run backwards from the level it stands at: a case
     * overdue entered its level more days ago than the level may take.
     */
    private Optional<Plan> underReview(Candidate c, Slot slot, LocalDate earliest) {
        ReviewPlan rp = reviewPlan(c.type(), today);
        List<ReviewPlan.Step> levels = rp.steps();
        int at = Math.min(slot.levelIndex(), levels.size() - 1);
        int deadline = levels.get(at).deadlineDays();
        LocalDate decidedOn = slot.outcome() == Outcome.WAITING ? null : today.minusDays(random.nextInt(40));
        LocalDate entered;
        if (decidedOn != null) {
            entered = decidedOn.minusDays(1 + random.nextInt(Math.max(1, deadline - 1)));
        } else if (slot.overdue()) {
            entered = today.minusDays(deadline + 1 + random.nextInt(15));
        } else {
            entered = today.minusDays(random.nextInt(Math.max(1, deadline)));
        }
        LocalDate[] enteredAt = new LocalDate[at + 1];
        enteredAt[at] = entered;
        for (int i = at - 1; i >= 0; i--) {
            enteredAt[i] = enteredAt[i + 1].minusDays(1 + random.nextInt(Math.max(1, levels.get(i).deadlineDays() - 1)));
        }
        LocalDate applied = enteredAt[0];
        if (applied.isBefore(earliest) || !qualifies(c.person(), c.type(), applied)) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Step.Kind.SUBMIT, applied, null, null, townshipClerk(c), null, null));
        for (int i = 0; i < at; i++) {
            ReviewPlan.Step level = levels.get(i);
            steps.add(new Step(Step.Kind.REVIEW, enteredAt[i + 1], level.stage(), ReviewDecision.APPROVE,
                    actor(c, level), null, null));
        }
        if (decidedOn != null) {
            ReviewPlan.Step level = levels.get(at);
            boolean reject = slot.outcome() == Outcome.REJECTED;
            steps.add(new Step(Step.Kind.REVIEW, decidedOn, level.stage(), reject ? ReviewDecision.REJECT : ReviewDecision.RETURN,
                    actor(c, level), pick(reject ? REJECT_REASONS : RETURN_REASONS), null));
        }
        return Optional.of(plan(c, slot.outcome(), applied, rp, steps));
    }

    /** Submission on the day of application and a pass at every level, each within its deadline. */
    private LocalDate approveAll(Candidate c, ReviewPlan rp, LocalDate applied, List<Step> steps) {
        steps.add(new Step(Step.Kind.SUBMIT, applied, null, null, townshipClerk(c), null, null));
        LocalDate day = applied;
        for (ReviewPlan.Step level : rp.steps()) {
            day = day.plusDays(1 + random.nextInt(Math.max(1, level.deadlineDays() - 1)));
            steps.add(new Step(Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE,
                    actor(c, level), null, null));
        }
        return day;
    }

    private Plan plan(Candidate c, Outcome outcome, LocalDate applied, ReviewPlan rp, List<Step> steps) {
        String account = "62" + String.format("%08d", random.nextInt(100_000_000))
                + String.format("%09d", random.nextInt(1_000_000_000));
        return new Plan(c.person(), c.type(), outcome, applied, townshipClerk(c), pick(BANKS),
                account, rp, List.copyOf(steps));
    }

    /** A random day in [from, to] on which the person qualified (and, if asked, still qualifies today). */
    private Optional<LocalDate> dayWhenQualified(Candidate c, LocalDate from, LocalDate to, boolean alsoToday) {
        if (to.isBefore(from) || alsoToday && !qualifies(c.person(), c.type(), today)) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            LocalDate day = between(from, to);
            if (qualifies(c.person(), c.type(), day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The rules of the subsidies, applied to the generated facts as they stood on {@code day}. */
    public boolean qualifies(DemoDataGenerator.DemoPerson d, SubsidyType type, LocalDate day) {
        return assess(d, type, day).eligible();
    }

    /** The subsidy's rules on the generated facts as they stood on {@code day}, with the reasons they fail. */
    EligibilityResult assess(DemoDataGenerator.DemoPerson d, SubsidyType type, LocalDate day) {
        EligibilityRules.Facts facts = new EligibilityRules.Facts(d.person(), validOn(d, day),
                d.household() == null ? java.util.Set.of() : d.household().statusesOn(day), List.of(),
                d.person().division().county(), setting(EligibilityRules.LIVING_INCLUDES_LOW_INCOME, day),
                setting(EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL, day), day);
        return EligibilityRules.assess(type, facts);
    }

    /** The certificate valid on {@code day}, if any (the demo's people hold one certificate at most). */
    static Certificate validOn(DemoDataGenerator.DemoPerson d, LocalDate day) {
        if (d.certificates().isEmpty()) {
            return null;
        }
        Certificate cert = d.certificates().get(0);
        boolean validThen = !day.isBefore(cert.issuedOn())
                && (cert.isValid() || cert.cancelledOn() != null && day.isBefore(cert.cancelledOn()));
        return validThen ? cert : null;
    }

    private boolean setting(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(s -> Boolean.parseBoolean(s.value()))
                .orElse(false);
    }

    private ReviewPlan reviewPlan(SubsidyType type, LocalDate day) {
        return ReviewPlan.inForce(stagesByProgram.getOrDefault(type.programCode(), List.of()), day);
    }

    /** Who decides at a stage for a person: the stage's role at the person's office of the stage's level. */
    private String actor(Candidate c, ReviewPlan.Step step) {
        return actor(c, StaffRole.valueOf(step.role()), step.divisionLevel());
    }

    /** Applications are taken, and corrected ones resubmitted, by the township clerk. */
    private String townshipClerk(Candidate c) {
        return actor(c, StaffRole.TOWNSHIP_CLERK, DivisionLevel.TOWNSHIP);
    }

    /** Suspensions and terminations are the district DPF's. */
    private String districtStaff(Candidate c) {
        return actor(c, StaffRole.DISTRICT_STAFF, DivisionLevel.COUNTY);
    }

    /**
     * Who acts in a role for a person: the demo account working at the person's office of that level if
     * there is one (东关街道's clerk, 城东区's staff and civil affairs), otherwise a made-up name for it.
     */
    private String actor(Candidate c, StaffRole role, DivisionLevel level) {
        String division = c.person().person().division().value();
        String office = level == DivisionLevel.TOWNSHIP ? division.substring(0, 9) : division.substring(0, 6);
        return staff.stream().filter(u -> u.role() == role && u.jurisdiction().value().equals(office))
                .map(StaffUser::username).findFirst()
                .orElse((role == StaffRole.TOWNSHIP_CLERK ? "clerk-" : role == StaffRole.DISTRICT_STAFF ? "dpf-"
                        : "civil-") + office);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
