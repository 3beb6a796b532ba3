package cn.xndpf.application.demo;

import cn.xndpf.domain.care.CareCase;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.care.CareRules;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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
 * Demo cases of the care program (托养演示办件) with their history since 2020: in every county cases applied
 * for and waiting at each stage of the chain, returned, rejected, approved and waiting for their placement,
 * placed with the county's care institution (阳光家园) and cared for since, suspended and ended; for every
 * placed person the real-name service records day by day (a day of boarding or day care, a home-care visit)
 * and for every county's institution the monthly settlement of each month that is over, computed by the
 * settlement's own rule ({@link CareRules#monthlySubsidy}) at the dated rates in force on the month's first
 * day. A case is planned only for someone the care rules ({@link CareRules#assess}) admit on the day they
 * applied, with the age band in force that day. The statistics jobs then count what these records say.
 * <p>
 * A random source of its own (the seed's), so the people and the subsidy cases stay what they are.
 */
public class DemoCareCases {

    /** What the demo shows of a case. */
    public enum Outcome {
        WAITING, RETURNED, REJECTED, APPROVED, ACTIVE, SUSPENDED, TERMINATED
    }

    /** One timeline step after the application. */
    public record Step(Kind kind, LocalDate day, String stage, ReviewDecision decision, String actor, String reason) {

        public enum Kind { SUBMIT, REVIEW, PLACE, SUSPEND, TERMINATE }
    }

    /** A case to create, and (placed) where and from when the person is cared for, and until when. */
    public record Plan(DemoDataGenerator.DemoPerson applicant, CareKind kind, Outcome outcome, LocalDate appliedOn,
                       String applicantActor, ReviewPlan reviewPlan, List<Step> steps) {

        public String county() {
            return applicant.person().division().county().value();
        }

        /** The day the person was placed (the enrolment's first day); null when never placed. */
        public LocalDate placedOn() {
            return steps.stream().filter(s -> s.kind() == Step.Kind.PLACE).map(Step::day).findFirst().orElse(null);
        }

        /** The case's last day (the enrolment's too) once ended; null while it runs. */
        public LocalDate lastDay() {
            return steps.stream().filter(s -> s.kind() == Step.Kind.TERMINATE).map(Step::day).findFirst()
                    .orElse(null);
        }

        /** The day services stopped while the case stays open (suspended); null otherwise. */
        public LocalDate suspendedOn() {
            return steps.stream().filter(s -> s.kind() == Step.Kind.SUSPEND).map(Step::day).findFirst()
                    .orElse(null);
        }

        /**
         * The case built on {@code person} (the managed applicant) by the domain's own methods, each on its
         * day, placed with {@code at}; and the time of each timeline step, in order.
         */
        public Built build(Person person, Program program, Institution at) {
            CareCase c = new CareCase(program, kind, person, appliedOn, applicantActor);
            List<Instant> times = new ArrayList<>();
            Clock clock = new Clock();
            clock.stamp(c, appliedOn, times);
            for (Step s : steps) {
                switch (s.kind()) {
                    case SUBMIT -> c.submit(reviewPlan, s.day(), s.actor());
                    case REVIEW -> c.review(reviewPlan, s.stage(), s.decision(), s.actor(), s.reason(), s.day());
                    case PLACE -> {
                        c.activate(s.day(), s.actor());
                        c.placedWith(at, s.day());
                    }
                    case SUSPEND -> c.suspend(s.actor(), s.reason());
                    case TERMINATE -> c.terminate(s.day(), s.actor(), s.reason());
                }
                clock.stamp(c, s.day(), times);
            }
            return new Built(c, List.copyOf(times));
        }
    }

    /** A case as built, and the times its timeline steps happened. */
    public record Built(CareCase careCase, List<Instant> eventTimes) {
    }

    /** One real-name service record: the plan (by index) and the day of one day of care or one visit. */
    public record Service(int plan, LocalDate day) {
    }

    /** One person's line of a settlement: the plan (by index), the units recorded, the rate and the amount. */
    public record Line(int plan, CareKind kind, int units, BigDecimal monthlyRate, BigDecimal amount) {
    }

    /** The settlement of one county's care institution for one month that is over. */
    public record Settlement(String county, YearMonth month, List<Line> lines) {

        public BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public int units() {
            return lines.stream().mapToInt(Line::units).sum();
        }
    }

    /** Hands out times for timeline steps: office hours of their day, always after the one before. */
    private static final class Clock {
        private Instant last = Instant.EPOCH;
        private int seen;

        void stamp(CareCase c, LocalDate day, List<Instant> times) {
            List<CaseEvent> events = c.events();
            for (; seen < events.size(); seen++) {
                Instant t = day.atTime(LocalTime.of(9, 30)).plusMinutes(13L * seen).atZone(PlatformClock.ZONE)
                        .toInstant();
                last = t.isAfter(last) ? t : last.plus(1, ChronoUnit.MINUTES);
                times.add(last);
            }
        }
    }

    /** The history's first applications: placements from the end of 2020 on, so 2021 starts with people in care. */
    static final LocalDate EARLIEST_APPLICATION = LocalDate.of(2020, 9, 1);
    private static final String[] RETURN_REASONS = {"缺少监护人同意书，请补充后重新提交", "残疾人证复印件不清晰，请重新上传"};
    private static final String[] REJECT_REASONS = {"申请人已入住养老机构，不再需要托养服务", "申请人书面表示放弃申请"};
    private static final String[] SUSPEND_REASONS = {"本人住院治疗，暂停托养服务", "家属申请暂停，外出探亲"};
    private static final String[] END_REASONS = {"本人申请退出托养服务", "家庭迁出本区，终止托养服务", "已实现辅助性就业，退出托养"};
    private static final double NO_CASE = 0.65;

    /** Planned first in every county, so that each state is there to see. */
    private static final List<Slot> SHOWCASE = List.of(
            new Slot(Outcome.WAITING, 1, false), new Slot(Outcome.APPROVED, 0, false),
            new Slot(Outcome.WAITING, 0, false), new Slot(Outcome.ACTIVE, 0, true),
            new Slot(Outcome.ACTIVE, 0, false), new Slot(Outcome.SUSPENDED, 0, false),
            new Slot(Outcome.TERMINATED, 0, false), new Slot(Outcome.WAITING, 1, true),
            new Slot(Outcome.RETURNED, 0, false), new Slot(Outcome.REJECTED, 1, false));

    /**
     * A state to plan; {@code overdue} for a case in review is past its stage's deadline, for a placed case it
     * was placed before the history begins (so every county's institution is settled from 2021 on).
     */
    private record Slot(Outcome outcome, int stageIndex, boolean overdue) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<ReviewStage> stages;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;

    /**
     * @param stages   the care program's review chain rows, as stored
     * @param settings the dated care settings (age band, monthly amounts, full-month units), by key
     * @param staff    the demo accounts: where one works at the office and level, it is the actor
     */
    public DemoCareCases(long seed, LocalDate today, List<ReviewStage> stages, Map<String, List<PolicySetting>> settings,
                         List<StaffUser> staff) {
        this.random = new Random(seed ^ 0x7A0_7A0L);
        this.today = today;
        this.stages = stages;
        this.settings = settings;
        this.staff = staff;
    }

    /** The setting keys the planner reads. */
    public static List<String> settingKeys() {
        List<String> keys = new ArrayList<>(List.of(CareRules.MIN_AGE, CareRules.MAX_AGE));
        for (CareKind k : CareKind.values()) {
            keys.add(CareRules.monthlyAmountKey(k));
            keys.add(CareRules.fullMonthUnitsKey(k));
        }
        return keys;
    }

    public List<Plan> plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            byCounty.put(county, new ArrayList<>());
        }
        for (DemoDataGenerator.DemoPerson d : people) {
            if (!d.certificates().isEmpty() && !d.person().isDeceased() && qualifies(d, today)) {
                byCounty.computeIfAbsent(d.person().division().county().value(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (List<DemoDataGenerator.DemoPerson> county : byCounty.values()) {
            Collections.shuffle(county, random);
            List<DemoDataGenerator.DemoPerson> rest = new ArrayList<>(county);
            for (Slot slot : SHOWCASE) {
                showcase(slot, rest).ifPresent(plans::add);
            }
            for (DemoDataGenerator.DemoPerson d : rest) {
                drawn(d).ifPresent(plans::add);
            }
        }
        return plans;
    }

    private Optional<Plan> showcase(Slot slot, List<DemoDataGenerator.DemoPerson> rest) {
        List<DemoDataGenerator.DemoPerson> order = new ArrayList<>(rest);
        if (slot.outcome() == Outcome.WAITING && slot.stageIndex() == 0) {
            // the county's first township (东关街道 in 城东区) is where a demo clerk works
            order.sort(Comparator.comparing(d -> !d.person().division().value()
                    .startsWith(d.person().division().county().value() + "001")));
        }
        for (DemoDataGenerator.DemoPerson d : order.subList(0, Math.min(order.size(), 20))) {
            Optional<Plan> planned = plan(d, slot);
            if (planned.isPresent()) {
                rest.remove(d);
                return planned;
            }
        }
        return Optional.empty();
    }

    private Optional<Plan> drawn(DemoDataGenerator.DemoPerson d) {
        double r = random.nextDouble();
        if (r < NO_CASE) {
            return Optional.empty();
        }
        r = (r - NO_CASE) / (1 - NO_CASE);
        Slot slot;
        if (r < 0.05) {
            slot = new Slot(Outcome.WAITING, random.nextInt(2), random.nextDouble() < 0.3);
        } else if (r < 0.09) {
            slot = new Slot(Outcome.APPROVED, 0, false);
        } else if (r < 0.12) {
            slot = new Slot(Outcome.RETURNED, random.nextInt(2), false);
        } else if (r < 0.15) {
            slot = new Slot(Outcome.REJECTED, random.nextInt(2), false);
        } else if (r < 0.20) {
            slot = new Slot(Outcome.SUSPENDED, 0, false);
        } else if (r < 0.32) {
            slot = new Slot(Outcome.TERMINATED, 0, false);
        } else {
            slot = new Slot(Outcome.ACTIVE, 0, false);
        }
        return plan(d, slot);
    }

    private Optional<Plan> plan(DemoDataGenerator.DemoPerson d, Slot slot) {
        CareKind kind = kind();
        LocalDate earliest = latest(d.certificates().get(0).issuedOn(), EARLIEST_APPLICATION);
        return switch (slot.outcome()) {
            case ACTIVE, SUSPENDED, TERMINATED -> {
                Optional<LocalDate> applied = dayWhenQualified(d, earliest,
                        slot.overdue() ? LocalDate.of(2020, 11, 30) : today.minusDays(90));
                if (applied.isEmpty()) {
                    yield Optional.empty();
                }
                ReviewPlan rp = ReviewPlan.inForce(stages, applied.get());
                List<Step> steps = new ArrayList<>();
                LocalDate approved = approveAll(d, rp, applied.get(), steps);
                LocalDate placed = earliest(approved.plusDays(3 + random.nextInt(18)), today.minusDays(30));
                steps.add(new Step(Step.Kind.PLACE, placed, null, null, districtStaff(d), null));
                if (slot.outcome() == Outcome.SUSPENDED) {
                    steps.add(new Step(Step.Kind.SUSPEND, between(latest(placed.plusDays(20), today.minusDays(150)),
                            today.minusDays(1)), null, null, districtStaff(d), pick(SUSPEND_REASONS)));
                } else if (slot.outcome() == Outcome.TERMINATED) {
                    steps.add(new Step(Step.Kind.TERMINATE, between(placed.plusDays(20), today.minusDays(1)), null,
                            null, districtStaff(d), pick(END_REASONS)));
                }
                yield Optional.of(new Plan(d, kind, slot.outcome(), applied.get(), townshipClerk(d), rp,
                        List.copyOf(steps)));
            }
            case APPROVED -> {
                LocalDate applied = today.minusDays(21 + random.nextInt(25));
                if (applied.isBefore(earliest) || !qualifies(d, applied)) {
                    yield Optional.empty();
                }
                ReviewPlan rp = ReviewPlan.inForce(stages, applied);
                List<Step> steps = new ArrayList<>();
                approveAll(d, rp, applied, steps);
                yield Optional.of(new Plan(d, kind, Outcome.APPROVED, applied, townshipClerk(d), rp, List.copyOf(steps)));
            }
            case WAITING, RETURNED, REJECTED -> underReview(d, kind, slot, earliest);
        };
    }

    /** A case in (or just out of) review, its days running back from the stage it stands at. */
    private Optional<Plan> underReview(DemoDataGenerator.DemoPerson d, CareKind kind, Slot slot, LocalDate earliest) {
        ReviewPlan rp = ReviewPlan.inForce(stages, today);
        List<ReviewPlan.Step> levels = rp.steps();
        int at = Math.min(slot.stageIndex(), levels.size() - 1);
        int deadline = levels.get(at).deadlineDays();
        LocalDate decidedOn = slot.outcome() == Outcome.WAITING ? null : today.minusDays(random.nextInt(60));
        LocalDate entered;
        if (decidedOn != null) {
            entered = decidedOn.minusDays(1 + random.nextInt(Math.max(1, deadline - 1)));
        } else if (slot.overdue()) {
            // past a deadline of working days: more calendar days than the deadline's weeks hold
            entered = today.minusDays(deadline * 7L / 5 + 4 + random.nextInt(12));
        } else {
            entered = today.minusDays(random.nextInt(Math.max(1, deadline)));
        }
        LocalDate[] enteredAt = new LocalDate[at + 1];
        enteredAt[at] = entered;
        for (int i = at - 1; i >= 0; i--) {
            enteredAt[i] = enteredAt[i + 1].minusDays(1 + random.nextInt(Math.max(1, levels.get(i).deadlineDays() - 1)));
        }
        LocalDate applied = enteredAt[0];
        if (applied.isBefore(earliest) || !qualifies(d, applied)) {
            return Optional.empty();
        }
        rp = ReviewPlan.inForce(stages, applied);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Step.Kind.SUBMIT, applied, null, null, townshipClerk(d), null));
        for (int i = 0; i < at; i++) {
            ReviewPlan.Step level = levels.get(i);
            steps.add(new Step(Step.Kind.REVIEW, enteredAt[i + 1], level.stage(), ReviewDecision.APPROVE,
                    actor(d, level), null));
        }
        if (decidedOn != null) {
            ReviewPlan.Step level = levels.get(at);
            boolean reject = slot.outcome() == Outcome.REJECTED;
            steps.add(new Step(Step.Kind.REVIEW, decidedOn, level.stage(),
                    reject ? ReviewDecision.REJECT : ReviewDecision.RETURN, actor(d, level),
                    pick(reject ? REJECT_REASONS : RETURN_REASONS)));
        }
        return Optional.of(new Plan(d, kind, slot.outcome(), applied, townshipClerk(d), rp, List.copyOf(steps)));
    }

    private LocalDate approveAll(DemoDataGenerator.DemoPerson d, ReviewPlan rp, LocalDate applied, List<Step> steps) {
        steps.add(new Step(Step.Kind.SUBMIT, applied, null, null, townshipClerk(d), null));
        LocalDate day = applied;
        for (ReviewPlan.Step level : rp.steps()) {
            day = day.plusDays(1 + random.nextInt(Math.max(1, level.deadlineDays() - 1)));
            steps.add(new Step(Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE, actor(d, level), null));
        }
        return day;
    }

    /**
     * The real-name service records of every placed case up to yesterday: boarding every day but a few at
     * home, day care on working days but a few absences, home care one visit a week (Wednesdays) but a few
     * missed; nothing from the day a case was suspended, nothing after its last day.
     */
    public List<Service> services(List<Plan> plans) {
        Random r = new Random(random.nextLong());
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            LocalDate from = p.placedOn();
            if (from == null) {
                continue;
            }
            LocalDate to = today.minusDays(1);
            if (p.lastDay() != null) {
                to = earliest(to, p.lastDay());
            }
            if (p.suspendedOn() != null) {
                to = earliest(to, p.suspendedOn().minusDays(1));
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
                boolean served = switch (p.kind()) {
                    case BOARDING -> r.nextDouble() >= 0.06;
                    case DAY_CARE -> weekday && r.nextDouble() >= 0.08;
                    case HOME_CARE -> day.getDayOfWeek() == DayOfWeek.WEDNESDAY && r.nextDouble() >= 0.1;
                };
                if (served) {
                    services.add(new Service(i, day));
                }
            }
        }
        return services;
    }

    /**
     * The settlement of every county's care institution for every month that is over and had someone
     * enrolled, as {@code CareSettlementService.settle} computes it: each enrolment of the month with the
     * units recorded that month (none while suspended: the line stays, at zero), at the rates in force on the
     * month's first day.
     */
    public List<Settlement> settlements(List<Plan> plans, List<Service> services) {
        Map<Integer, Map<YearMonth, Integer>> units = new LinkedHashMap<>();
        for (Service s : services) {
            units.computeIfAbsent(s.plan(), k -> new LinkedHashMap<>()).merge(YearMonth.from(s.day()), 1, Integer::sum);
        }
        List<Settlement> settlements = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (String county : DemoInstitutions.COUNTIES.keySet()) {
            YearMonth first = null;
            for (Plan p : plans) {
                if (p.county().equals(county) && p.placedOn() != null) {
                    YearMonth m = YearMonth.from(p.placedOn());
                    first = first == null || m.isBefore(first) ? m : first;
                }
            }
            if (first == null) {
                continue;
            }
            for (YearMonth m = first; m.isBefore(current); m = m.plusMonths(1)) {
                List<Line> lines = new ArrayList<>();
                for (int i = 0; i < plans.size(); i++) {
                    Plan p = plans.get(i);
                    if (!p.county().equals(county) || p.placedOn() == null || p.placedOn().isAfter(m.atEndOfMonth())
                            || p.lastDay() != null && p.lastDay().isBefore(m.atDay(1))) {
                        continue;
                    }
                    int u = units.getOrDefault(i, Map.of()).getOrDefault(m, 0);
                    BigDecimal rate = new BigDecimal(setting(CareRules.monthlyAmountKey(p.kind()), m.atDay(1)));
                    int full = Integer.parseInt(setting(CareRules.fullMonthUnitsKey(p.kind()), m.atDay(1)));
                    lines.add(new Line(i, p.kind(), u, rate, CareRules.monthlySubsidy(rate, full, u)));
                }
                if (!lines.isEmpty()) {
                    settlements.add(new Settlement(county, m, List.copyOf(lines)));
                }
            }
        }
        return settlements;
    }

    /** The care rules on the generated facts as they stood on {@code day}, with the age band in force then. */
    boolean qualifies(DemoDataGenerator.DemoPerson d, LocalDate day) {
        return CareRules.assess(new CareRules.Facts(d.person(), DemoSubsidyCases.validOn(d, day), false,
                Integer.parseInt(setting(CareRules.MIN_AGE, day)), Integer.parseInt(setting(CareRules.MAX_AGE, day)),
                day)).eligible();
    }

    private Optional<LocalDate> dayWhenQualified(DemoDataGenerator.DemoPerson d, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            LocalDate day = between(from, to);
            if (qualifies(d, day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private String setting(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    private CareKind kind() {
        double r = random.nextDouble();
        return r < 0.3 ? CareKind.BOARDING : r < 0.7 ? CareKind.DAY_CARE : CareKind.HOME_CARE;
    }

    private String actor(DemoDataGenerator.DemoPerson d, ReviewPlan.Step step) {
        return actor(d, StaffRole.valueOf(step.role()), step.divisionLevel());
    }

    private String townshipClerk(DemoDataGenerator.DemoPerson d) {
        return actor(d, StaffRole.TOWNSHIP_CLERK, DivisionLevel.TOWNSHIP);
    }

    private String districtStaff(DemoDataGenerator.DemoPerson d) {
        return actor(d, StaffRole.DISTRICT_STAFF, DivisionLevel.COUNTY);
    }

    /** The demo account of that role at the person's office of that level, or a made-up name for it. */
    private String actor(DemoDataGenerator.DemoPerson d, StaffRole role, DivisionLevel level) {
        String division = d.person().division().value();
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
