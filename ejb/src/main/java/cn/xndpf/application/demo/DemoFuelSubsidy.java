package cn.xndpf.application.demo;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.rights.FuelSubsidyRules;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's wheelchair fuel-subsidy cases (机动轮椅车燃油补贴演示办件): some of the holders the subsidy is for (the
 * dated categories and levels), one in ten, own a motorised wheelchair and apply every year since 2021 (or since their
 * certificate), each application judged by {@link FuelSubsidyRules} on the day it was made, at the amount in
 * force on the year's 1 January, through the chain's rows to approval and paid a few weeks later; this year's
 * latest still applied for or approved and not yet paid.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' cases stay what they are.
 */
public class DemoFuelSubsidy {

    public static final int FIRST_YEAR = 2021;
    /** Of the eligible holders, the share that owns a motorised wheelchair. */
    private static final double OWNS = 0.1;
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    /** What the demo shows of a case. */
    public enum Outcome { APPLIED, APPROVED, PAID }

    /** A case to create: its owner, year, plate, amount, steps and the day it was paid (null if not). */
    public record Plan(DemoDataGenerator.DemoPerson owner, int year, String plate, BigDecimal amount,
                       LocalDate appliedOn, String actor, ReviewPlan reviewPlan, List<DemoCareCases.Step> steps,
                       LocalDate paidOn, String paidBy, Outcome outcome) {

        public String county() {
            return owner.person().division().county().value();
        }

        /** The case built by the domain's own steps. */
        public DemoRehabilitation.Built build(Program program, Person managed, LocalDate today) {
            FuelSubsidyCase c = new FuelSubsidyCase(program, managed, year, plate, amount, appliedOn, actor);
            List<java.time.Instant> times = DemoRehabilitation.replay(c, appliedOn, reviewPlan, steps, day -> {
            });
            if (paidOn != null) {
                c.markPaid(paidOn, today, paidBy);
            }
            return new DemoRehabilitation.Built(c, times);
        }
    }

    private final Random random;
    private final LocalDate today;
    private final List<ReviewStage> stages;
    private final Map<String, List<PolicySetting>> settings;
    private final DemoActors actors;

    /** @param settings the dated fuel settings ({@link #settingKeys()}), by key */
    public DemoFuelSubsidy(long seed, LocalDate today, List<ReviewStage> stages, Map<String, List<PolicySetting>> settings,
                           List<StaffUser> staff) {
        this.random = new Random(seed ^ 0xF_0E15L);
        this.today = today;
        this.stages = stages;
        this.settings = settings;
        this.actors = new DemoActors(staff);
    }

    public static List<String> settingKeys() {
        return List.of(FuelSubsidyRules.AMOUNT, FuelSubsidyRules.CATEGORIES, FuelSubsidyRules.LEVELS);
    }

    public List<Plan> plan(List<DemoDataGenerator.DemoPerson> people) {
        List<DemoDataGenerator.DemoPerson> owners = new ArrayList<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            if (!d.certificates().isEmpty() && !d.person().isDeceased() && d.certificates().get(0).isValid()
                    && random.nextDouble() < OWNS) {
                owners.add(d);
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            DemoDataGenerator.DemoPerson d = owners.get(i);
            String plate = plate();
            for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
                // applied in the spring of the year; this year, one in four applied today (waiting for the
                // first review) and one in four twelve days ago (approved, the payment a week or more away)
                LocalDate applied = year < today.getYear() || i % 4 > 1
                        ? LocalDate.of(year, 3, 1).plusDays(random.nextInt(60))
                        : i % 4 == 0 ? today : today.minusDays(12);
                if (applied.isAfter(today)) {
                    continue;
                }
                plan(d, year, plate, applied).ifPresent(plans::add);
            }
        }
        return plans;
    }

    private java.util.Optional<Plan> plan(DemoDataGenerator.DemoPerson d, int year, String plate, LocalDate applied) {
        Certificate valid = DemoSubsidyCases.validOn(d, applied);
        BigDecimal amount = InForce.on(settings.getOrDefault(FuelSubsidyRules.AMOUNT, List.of()),
                PolicySetting::validFrom, FuelSubsidyRules.amountDay(year)).map(s -> new BigDecimal(s.value())).orElse(null);
        Set<Integer> categories = FuelSubsidyRules.codes(valueOn(FuelSubsidyRules.CATEGORIES, applied));
        Set<Integer> levels = FuelSubsidyRules.codes(valueOn(FuelSubsidyRules.LEVELS, applied));
        if (valid == null || !FuelSubsidyRules.problems(new FuelSubsidyRules.Facts(d.person(), valid, year, plate, amount,
                categories, levels, false, applied)).isEmpty()) {
            return java.util.Optional.empty();
        }
        ReviewPlan rp = ReviewPlan.inForce(stages, applied);
        List<DemoCareCases.Step> steps = new ArrayList<>();
        String clerk = actors.townshipClerk(d);
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, clerk, null));
        LocalDate day = applied;
        for (ReviewPlan.Step level : rp.steps()) {
            day = day.plusDays(1 + random.nextInt(5));
            if (day.isAfter(today)) {
                return java.util.Optional.of(new Plan(d, year, plate, amount, applied, clerk, rp, List.copyOf(steps),
                        null, null, Outcome.APPLIED));
            }
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE,
                    actors.reviewer(d, level), null));
        }
        LocalDate paid = day.plusDays(11 + random.nextInt(20));
        boolean isPaid = !paid.isAfter(today);
        return java.util.Optional.of(new Plan(d, year, plate, amount, applied, clerk, rp, List.copyOf(steps),
                isPaid ? paid : null, isPaid ? actors.districtStaff(d) : null, isPaid ? Outcome.PAID : Outcome.APPROVED));
    }

    /** A Qinghai Xining plate (青A) of a motorised wheelchair. */
    private String plate() {
        StringBuilder b = new StringBuilder("青A");
        for (int i = 0; i < 5; i++) {
            b.append(PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length())));
        }
        return b.toString();
    }

    private String valueOn(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value).orElse(null);
    }
}
