package cn.xndpf.application.demo;

import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.rehabilitation.ChildAidCase;
import cn.xndpf.domain.rehabilitation.ChildAidKind;
import cn.xndpf.domain.rehabilitation.ChildAidRules;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;
import cn.xndpf.domain.rehabilitation.RehabilitationCase;
import cn.xndpf.domain.rehabilitation.RehabilitationRules;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.ProgramCase;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo's rehabilitation history (康复演示历史) since 2021: each year some holders' needs assessed
 * (康复训练 for physical, intellectual, mental and multiple disabilities, 辅助器具适配 for sight and hearing,
 * some found to need nothing); most assessed as needing apply within weeks, judged by
 * {@link RehabilitationRules} on the day they applied, go through the chain's rows and are placed with the
 * county's designated institution, which records the sessions (twelve weekly training sessions, or one
 * fitting) and the case ends when the course is over (the enrolment with it); this year's latest still in
 * review or waiting for their placement. Children of the dated age band get the children's aid (残疾儿童康复
 * 救助) of their year within the dated cap, judged by {@link ChildAidRules}. A random source of its own.
 */
public class DemoRehabilitation {

    static final int FIRST_YEAR = 2021;
    private static final String COURSE_OVER = "康复服务周期结束";
    /** A training session's and a fitting's cost as the institution records it, in yuan. */
    static final BigDecimal SESSION = new BigDecimal("150.00");
    static final BigDecimal FITTING = new BigDecimal("300.00");
    static final int SESSIONS = 12;

    /** A needs assessment (kept as planned, written as the domain's entity). */
    public record Assessment(DemoDataGenerator.DemoPerson person, LocalDate assessedOn, ServiceKind service,
                             String assessedBy) {
    }

    /** A basic-service case: the assessment (by index) it rests on, its steps, and the sessions recorded. */
    public record ServiceCase(int assessment, DemoDataGenerator.DemoPerson person, ServiceKind service,
                              LocalDate appliedOn, String applicantActor, ReviewPlan reviewPlan,
                              List<DemoCareCases.Step> steps, List<LocalDate> sessions) {

        public String county() {
            return person.person().division().county().value();
        }

        public LocalDate placedOn() {
            return steps.stream().filter(s -> s.kind() == DemoCareCases.Step.Kind.PLACE).map(DemoCareCases.Step::day)
                    .findFirst().orElse(null);
        }

        public LocalDate lastDay() {
            return steps.stream().filter(s -> s.kind() == DemoCareCases.Step.Kind.TERMINATE)
                    .map(DemoCareCases.Step::day).findFirst().orElse(null);
        }

        /** The case built by the domain's own steps on the managed assessment, placed with {@code at}. */
        public Built build(Program program, RehabilitationAssessment managed, Institution at) {
            RehabilitationCase c = new RehabilitationCase(program, managed, appliedOn, applicantActor);
            return new Built(c, replay(c, appliedOn, reviewPlan, steps, (day) -> c.placedWith(at, day)));
        }
    }

    /** A children's aid case of one year. */
    public record AidCase(DemoDataGenerator.DemoPerson child, ChildAidKind kind, BigDecimal amount, LocalDate appliedOn,
                          String applicantActor, ReviewPlan reviewPlan, List<DemoCareCases.Step> steps) {

        public Built build(Person managed, Program program) {
            ChildAidCase c = new ChildAidCase(program, managed, kind, amount, appliedOn, applicantActor);
            return new Built(c, replay(c, appliedOn, reviewPlan, steps, day -> { }));
        }
    }

    /** A case as built and the times of its timeline steps. */
    public record Built(ProgramCase programCase, List<Instant> eventTimes) {
    }

    /** Everything planned. */
    public record History(List<Assessment> assessments, List<ServiceCase> cases, List<AidCase> aid) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<ReviewStage> serviceStages;
    private final List<ReviewStage> aidStages;
    private final Map<String, List<PolicySetting>> settings;
    private final DemoActors actors;

    public DemoRehabilitation(long seed, LocalDate today, List<ReviewStage> serviceStages, List<ReviewStage> aidStages,
                              Map<String, List<PolicySetting>> settings, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0x4EA_B1L);
        this.today = today;
        this.serviceStages = serviceStages;
        this.aidStages = aidStages;
        this.settings = settings;
        this.actors = new DemoActors(staff);
    }

    public static List<String> settingKeys() {
        return List.of("rehabilitation.assessment.validMonths", ChildAidRules.MIN_AGE, ChildAidRules.MAX_AGE,
                ChildAidRules.YEARLY_CAP);
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        List<Assessment> assessments = new ArrayList<>();
        List<ServiceCase> cases = new ArrayList<>();
        List<AidCase> aid = new ArrayList<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            if (d.certificates().isEmpty()) {
                continue;
            }
            LocalDate free = LocalDate.MIN;
            for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
                int minAge = Integer.parseInt(value(ChildAidRules.MIN_AGE, from));
                int maxAge = Integer.parseInt(value(ChildAidRules.MAX_AGE, from));
                boolean child = ChildAidRules.inAgeBand(d.person(), from.plusMonths(6), minAge, maxAge);
                if (random.nextDouble() >= (child ? 0.7 : 0.1)) {
                    continue;
                }
                LocalDate day = between(from, to);
                Certificate valid = DemoSubsidyCases.validOn(d, day);
                ServiceKind need = need(d, child);
                if (!RehabilitationRules.assessmentRefusals(d.person(), valid, need, day, today).isEmpty()) {
                    continue;
                }
                assessments.add(new Assessment(d, day, need, actors.districtStaff(d)));
                if (need == null) {
                    continue;
                }
                if (child && ChildAidRules.inAgeBand(d.person(), day, minAge, maxAge)) {
                    aidCase(d, day, minAge, maxAge).ifPresent(aid::add);
                } else if (day.isAfter(free) && random.nextDouble() < 0.85) {
                    ServiceCase c = serviceCase(assessments.size() - 1, d, need, day);
                    if (c != null) {
                        cases.add(c);
                        LocalDate last = c.lastDay();
                        free = last == null ? LocalDate.MAX : last;
                    }
                }
            }
        }
        return new History(assessments, cases, aid);
    }

    private ServiceKind need(DemoDataGenerator.DemoPerson d, boolean child) {
        if (!child && random.nextDouble() < 0.15) {
            return null;
        }
        DisabilityCategory c = d.certificates().get(0).category();
        return c == DisabilityCategory.VISUAL || c == DisabilityCategory.HEARING ? ServiceKind.DEVICE_FITTING
                : ServiceKind.REHABILITATION_TRAINING;
    }

    /** Applied for a few weeks after the assessment, judged then; approved, placed, served and ended. */
    private ServiceCase serviceCase(int assessment, DemoDataGenerator.DemoPerson d, ServiceKind need, LocalDate assessed) {
        LocalDate applied = assessed.plusDays(3 + random.nextInt(25));
        if (!applied.isBefore(today)) {
            return null;
        }
        int validMonths = Integer.parseInt(value("rehabilitation.assessment.validMonths", applied));
        RehabilitationAssessment supporting = new RehabilitationAssessment(d.person(), assessed, need, null, "demo");
        if (!RehabilitationRules.applicationRefusals(new RehabilitationRules.Facts(d.person(),
                DemoSubsidyCases.validOn(d, applied), List.of(supporting), need, false, validMonths, applied)).isEmpty()) {
            return null;
        }
        ReviewPlan rp = ReviewPlan.inForce(serviceStages, applied);
        List<DemoCareCases.Step> steps = new ArrayList<>();
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, actors.townshipClerk(d), null));
        LocalDate day = applied;
        for (ReviewPlan.Step level : rp.steps()) {
            day = day.plusDays(1 + random.nextInt(Math.max(1, level.deadlineDays() - 1)));
            if (!day.isBefore(today)) {
                return new ServiceCase(assessment, d, need, applied, actors.townshipClerk(d), rp, List.copyOf(steps), List.of());
            }
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE,
                    actors.reviewer(d, level), null));
        }
        LocalDate placed = day.plusDays(2 + random.nextInt(12));
        if (!placed.isBefore(today)) {
            return new ServiceCase(assessment, d, need, applied, actors.townshipClerk(d), rp, List.copyOf(steps), List.of());
        }
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.PLACE, placed, null, null, actors.districtStaff(d), null));
        List<LocalDate> sessions = new ArrayList<>();
        if (need == ServiceKind.DEVICE_FITTING) {
            sessions.add(placed.plusDays(3 + random.nextInt(10)));
        } else {
            LocalDate s = placed.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            for (int i = 0; i < SESSIONS; i++, s = s.plusWeeks(1)) {
                if (random.nextDouble() >= 0.05) {
                    sessions.add(s);
                }
            }
        }
        sessions.removeIf(s -> !s.isBefore(today));
        LocalDate end = need == ServiceKind.DEVICE_FITTING ? placed.plusDays(14)
                : placed.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).plusWeeks(SESSIONS);
        if (end.isBefore(today)) {
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.TERMINATE, end, null, null, actors.districtStaff(d),
                    COURSE_OVER));
        }
        return new ServiceCase(assessment, d, need, applied, actors.townshipClerk(d), rp, List.copyOf(steps), List.copyOf(sessions));
    }

    /** The child's aid of the year: training mostly, within the cap in force; approved through the chain. */
    private java.util.Optional<AidCase> aidCase(DemoDataGenerator.DemoPerson d, LocalDate assessed, int minAge, int maxAge) {
        LocalDate applied = assessed.plusDays(2 + random.nextInt(20));
        if (!applied.isBefore(today) || applied.getYear() != assessed.getYear()) {
            return java.util.Optional.empty();
        }
        BigDecimal cap = new BigDecimal(value(ChildAidRules.YEARLY_CAP, applied));
        double r = random.nextDouble();
        ChildAidKind kind = r < 0.75 ? ChildAidKind.TRAINING : r < 0.9 ? ChildAidKind.FITTING : ChildAidKind.SURGERY;
        BigDecimal amount = BigDecimal.valueOf(6000 + 500L * random.nextInt(29)).setScale(2).min(cap);
        if (!ChildAidRules.refusals(new ChildAidRules.Facts(d.person(), DemoSubsidyCases.validOn(d, applied), amount,
                BigDecimal.ZERO, minAge, maxAge, cap, applied)).isEmpty()) {
            return java.util.Optional.empty();
        }
        ReviewPlan rp = ReviewPlan.inForce(aidStages, applied);
        List<DemoCareCases.Step> steps = new ArrayList<>();
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, actors.townshipClerk(d), null));
        LocalDate day = applied;
        for (ReviewPlan.Step level : rp.steps()) {
            day = day.plusDays(1 + random.nextInt(Math.max(1, level.deadlineDays() - 1)));
            if (!day.isBefore(today)) {
                break;
            }
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE,
                    actors.reviewer(d, level), null));
        }
        return java.util.Optional.of(new AidCase(d, kind, amount, applied, actors.townshipClerk(d), rp, List.copyOf(steps)));
    }

    /** Replays the planned steps on a case by the domain's methods, stamping each timeline step on its day. */
    static List<Instant> replay(ProgramCase c, LocalDate appliedOn, ReviewPlan rp, List<DemoCareCases.Step> steps,
                                java.util.function.Consumer<LocalDate> placed) {
        List<Instant> times = new ArrayList<>();
        Instant[] last = {Instant.EPOCH};
        int[] seen = {0};
        stamp(c, appliedOn, times, last, seen);
        for (DemoCareCases.Step s : steps) {
            switch (s.kind()) {
                case SUBMIT -> c.submit(rp, s.day(), s.actor());
                case REVIEW -> c.review(rp, s.stage(), s.decision(), s.actor(), s.reason(), s.day());
                case PLACE -> {
                    c.activate(s.day(), s.actor());
                    placed.accept(s.day());
                }
                case SUSPEND -> c.suspend(s.actor(), s.reason());
                case TERMINATE -> c.terminate(s.day(), s.actor(), s.reason());
            }
            stamp(c, s.day(), times, last, seen);
        }
        return List.copyOf(times);
    }

    private static void stamp(ProgramCase c, LocalDate day, List<Instant> times, Instant[] last, int[] seen) {
        List<CaseEvent> events = c.events();
        for (; seen[0] < events.size(); seen[0]++) {
            Instant t = day.atTime(LocalTime.of(14, 0)).plusMinutes(7L * seen[0]).atZone(PlatformClock.ZONE).toInstant();
            last[0] = t.isAfter(last[0]) ? t : last[0].plus(1, ChronoUnit.MINUTES);
            times.add(last[0]);
        }
    }

    private String value(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
