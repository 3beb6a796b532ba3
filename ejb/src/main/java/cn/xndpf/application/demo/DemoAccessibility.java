package cn.xndpf.application.demo;

import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's accessibility history (无障碍演示历史): in every county home modifications (家庭无障碍改造) of poor
 * households in every state (applied and waiting for the first review, surveyed, in works, accepted and not yet
 * paid, paid and ended, refused), the older ones paid, each applied for by a holder whose household had one of
 * the dated poor statuses on the day, at the cost cap in force that day, through the chain's rows and the
 * program's own steps (each a 办理 step on the timeline, dated on its day); and an inventory of public accessible
 * facilities (无障碍设施台账) per county, every kind, recorded over the years with dated counts, about half of them
 * revised since, and inspections, most findings fixed, some open.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' cases stay what they are.
 */
public class DemoAccessibility {

    public static final int FIRST_YEAR = 2021;
    public static final String COST_CAP = cn.xndpf.application.accessibility.HomeModificationService.COST_CAP;
    public static final String POOR_STATUSES = cn.xndpf.application.accessibility.HomeModificationService.POOR_STATUSES;
    /** Of the holders whose household may apply, the share that did. */
    private static final double APPLIES = 0.5;

    public enum Outcome { APPLIED, SURVEYED, WORKS, ACCEPTED, PAID, REFUSED }

    /** The program's own steps after approval, as planned (null days: not reached). */
    public record Works(LocalDate surveyDay, String surveyor, String items, BigDecimal estimate, String contractor,
                        LocalDate worksStart, LocalDate failedAcceptance, LocalDate acceptance, BigDecimal paid,
                        LocalDate paidOn, String actor) {
    }

    /** A modification to create: applicant, cap of the day, chain steps and works. */
    public record Plan(DemoDataGenerator.DemoPerson applicant, Outcome outcome, LocalDate appliedOn, BigDecimal costCap,
                       String clerk, ReviewPlan reviewPlan, List<DemoCareCases.Step> steps, Works works) {

        public String county() {
            return applicant.person().division().county().value();
        }

        /** The case built by the domain's own steps, with the times of its timeline's events. */
        public DemoRehabilitation.Built build(Program program, Person managed, Household household, LocalDate today) {
            HomeModificationCase c = new HomeModificationCase(program, managed, household, costCap, appliedOn, clerk);
            List<Instant> times = new ArrayList<>(DemoRehabilitation.replay(c, appliedOn, reviewPlan, steps, d -> {
            }));
            if (works != null && works.surveyDay() != null) {
                c.survey(works.surveyDay(), works.surveyor(), works.items(), works.estimate(), today, works.actor());
                stamp(c, works.surveyDay(), times);
                if (works.worksStart() != null) {
                    c.startWorks(works.contractor(), works.worksStart(), today, works.actor());
                    stamp(c, works.worksStart(), times);
                }
                if (works.failedAcceptance() != null) {
                    c.accept(works.failedAcceptance(), false, "扶手安装不牢固，坡道坡度超标，责令整改。", today, works.actor());
                    stamp(c, works.failedAcceptance(), times);
                }
                if (works.acceptance() != null) {
                    c.accept(works.acceptance(), true, null, today, works.actor());
                    stamp(c, works.acceptance(), times);
                }
                if (works.paidOn() != null) {
                    c.pay(works.paid(), works.paidOn(), today, works.actor());
                    stamp(c, works.paidOn(), times);
                }
            }
            return new DemoRehabilitation.Built(c, List.copyOf(times));
        }

        /** Each new event in the afternoon of its day, after the ones before. */
        private static void stamp(HomeModificationCase c, LocalDate day, List<Instant> times) {
            List<CaseEvent> events = c.events();
            for (int i = times.size(); i < events.size(); i++) {
                Instant t = day.atTime(LocalTime.of(15, 0)).plusMinutes(7L * i).atZone(PlatformClock.ZONE).toInstant();
                Instant last = times.isEmpty() ? Instant.EPOCH : times.get(times.size() - 1);
                times.add(t.isAfter(last) ? t : last.plus(1, ChronoUnit.MINUTES));
            }
        }
    }

    /** An inspection of an inventory entry: fixed at once, later on {@code fixedOn}, or still open (neither). */
    public record Inspection(LocalDate day, String inspector, String findings, boolean fixedAtOnce, LocalDate fixedOn) {

        public FacilityInspection build(long facilityId, LocalDate today, String actor) {
            FacilityInspection i = new FacilityInspection(facilityId, day, inspector, findings, fixedAtOnce, today, actor);
            if (fixedOn != null) {
                i.fixed(fixedOn, today);
            }
            return i;
        }
    }

    /** A count of an entry: how many from its day on. */
    public record Count(LocalDate day, int quantity) {
    }

    /** An inventory entry, its counts in the order of their days (the first when it was recorded), its inspections. */
    public record Facility(String division, FacilityKind kind, String name, List<Count> counts, String actor,
                           List<Inspection> inspections) {

        public LocalDate recordedOn() {
            return counts.get(0).day();
        }

        /** The entry as recorded on its first count's day (its counts made by {@link AccessibleFacility#count}). */
        public AccessibleFacility build(LocalDate today) {
            Count first = counts.get(0);
            return new AccessibleFacility(DivisionCode.of(division), kind, name, first.quantity(), first.day(), today,
                    actor);
        }
    }

    public record History(List<Plan> homes, List<Facility> facilities) {
    }

    private static final String[] ITEMS = {"卫生间扶手、防滑地面、坐便器改造", "入户坡道、门槛拆除、加宽门洞",
            "厨房操作台降低、闪光门铃", "卧室扶手、紧急呼叫装置、照明改造"};
    private static final String[] CONTRACTORS = {"西宁安康无障碍工程有限公司", "青海宜居建筑装饰工程有限公司",
            "西宁通达无障碍设施安装有限公司"};
    private static final String[] FINDINGS = {"坡道表面破损，防滑条脱落。", "盲道被占用。", "扶手松动。",
            "电梯语音报站故障。", "标识不清，缺少盲文标识。"};

    private final Random random;
    /** The inventory's revisions draw from their own source, so the modifications planned stay what they were. */
    private final Random revisions;
    private final LocalDate today;
    private final List<ReviewStage> stages;
    private final Map<String, List<PolicySetting>> settings;
    private final DemoActors actors;
    private int round;

    /** @param settings the dated cost cap and poor statuses ({@link #settingKeys()}), by key */
    public DemoAccessibility(long seed, LocalDate today, List<ReviewStage> stages,
                             Map<String, List<PolicySetting>> settings, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0xACC_E55L);
        this.revisions = new Random(seed ^ 0xC0_0A7L);
        this.today = today;
        this.stages = stages;
        this.settings = settings;
        this.actors = new DemoActors(staff);
    }

    public static List<String> settingKeys() {
        return List.of(COST_CAP, POOR_STATUSES);
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        Map<Household, Boolean> seen = new IdentityHashMap<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            byCounty.computeIfAbsent(d.person().division().county().value(), k -> new ArrayList<>()).add(d);
        }
        List<Plan> homes = new ArrayList<>();
        List<Facility> facilities = new ArrayList<>();
        for (Map.Entry<String, List<DemoDataGenerator.DemoPerson>> county : byCounty.entrySet()) {
            if (county.getValue().isEmpty()) {
                continue;
            }
            List<DemoDataGenerator.DemoPerson> pool = new ArrayList<>(county.getValue());
            Collections.shuffle(pool, random);
            // one of each state first, so every county shows them all; then mostly paid, some refused
            Deque<Outcome> wanted = new ArrayDeque<>(List.of(Outcome.values()));
            for (DemoDataGenerator.DemoPerson d : pool) {
                if (d.household() == null || seen.containsKey(d.household()) || d.certificates().isEmpty()) {
                    continue;
                }
                if (wanted.isEmpty() && random.nextDouble() >= APPLIES) {
                    continue;
                }
                Outcome o = wanted.isEmpty() ? (random.nextDouble() < 0.15 ? Outcome.REFUSED : Outcome.PAID)
                        : wanted.peek();
                Plan p = plan(d, o);
                if (p != null) {
                    homes.add(p);
                    seen.put(d.household(), true);
                    wanted.poll();
                }
            }
            facilities.addAll(facilities(county.getKey(), pool));
        }
        return new History(List.copyOf(homes), List.copyOf(facilities));
    }

    /** The plan of one outcome, or null when the applicant could not have applied on the day it would take. */
    private Plan plan(DemoDataGenerator.DemoPerson d, Outcome o) {
        LocalDate applied = switch (o) {
            case APPLIED -> today.minusDays(random.nextInt(4));
            case SURVEYED -> today.minusDays(25 + random.nextInt(15));
            case WORKS -> today.minusDays(60 + random.nextInt(20));
            case ACCEPTED -> today.minusDays(110 + random.nextInt(40));
            case PAID, REFUSED -> pastDay(d);
        };
        if (applied == null) {
            return null;
        }
        if (!eligible(d, applied)) {
            return null;
        }
        BigDecimal cap = new BigDecimal(valueOn(COST_CAP, applied));
        ReviewPlan rp = ReviewPlan.inForce(stages, applied);
        String clerk = actors.townshipClerk(d);
        List<DemoCareCases.Step> steps = new ArrayList<>();
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, clerk, null));
        if (o == Outcome.APPLIED) {
            return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps), null);
        }
        LocalDate day = applied;
        List<ReviewPlan.Step> levels = rp.steps();
        for (int i = 0; i < levels.size(); i++) {
            day = upTo(day.plusDays(1 + random.nextInt(4)));
            boolean reject = o == Outcome.REFUSED && i == levels.size() - 1;
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, levels.get(i).stage(),
                    reject ? ReviewDecision.REJECT : ReviewDecision.APPROVE, actors.reviewer(d, levels.get(i)),
                    reject ? "经入户核查，现住房为租赁公房，产权单位不同意改造。" : null));
        }
        if (o == Outcome.REFUSED) {
            return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps), null);
        }
        String actor = actors.districtStaff(d);
        LocalDate survey = upTo(day.plusDays(3 + random.nextInt(10)));
        BigDecimal estimate = cap.multiply(BigDecimal.valueOf(50 + random.nextInt(51))).divide(BigDecimal.valueOf(1000),
                0, RoundingMode.DOWN).multiply(BigDecimal.TEN).setScale(2, RoundingMode.UNNECESSARY);
        String surveyor = DemoInstitutions.COUNTIES.get(d.person().division().county().value()) + "残联 勘查员";
        String items = ITEMS[random.nextInt(ITEMS.length)];
        String contractor = CONTRACTORS[random.nextInt(CONTRACTORS.length)];
        if (o == Outcome.SURVEYED) {
            return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps),
                    new Works(survey, surveyor, items, estimate, null, null, null, null, null, null, actor));
        }
        LocalDate start = upTo(survey.plusDays(5 + random.nextInt(10)));
        if (o == Outcome.WORKS) {
            return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps),
                    new Works(survey, surveyor, items, estimate, contractor, start, null, null, null, null, actor));
        }
        // one in four failed a first acceptance and was accepted after the repairs
        LocalDate failed = random.nextInt(4) == 0 ? upTo(start.plusDays(20 + random.nextInt(20))) : null;
        LocalDate accepted = upTo((failed == null ? start : failed).plusDays(15 + random.nextInt(25)));
        if (o == Outcome.ACCEPTED) {
            return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps),
                    new Works(survey, surveyor, items, estimate, contractor, start, failed, accepted, null, null, actor));
        }
        LocalDate paidOn = upTo(accepted.plusDays(10 + random.nextInt(20)));
        BigDecimal paid = estimate.subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(random.nextInt(5))));
        return new Plan(d, o, applied, cap, clerk, rp, List.copyOf(steps),
                new Works(survey, surveyor, items, estimate, contractor, start, failed, accepted, paid, paidOn, actor));
    }

    /**
     * A day the household could apply since {@link #FIRST_YEAR} and long enough ago to be paid by now, in the next
     * year of a round (so the paid modifications spread over the years); null when the household could not apply
     * that year (the round then waits for the next applicant).
     */
    private LocalDate pastDay(DemoDataGenerator.DemoPerson d) {
        LocalDate last = today.minusDays(200);
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        while (!first.isAfter(last) && !eligible(d, first)) {
            first = first.plusMonths(1);
        }
        if (first.isAfter(last)) {
            return null;
        }
        // applied by the end of August, so most are paid within the year
        int year = FIRST_YEAR + round % (last.getYear() - FIRST_YEAR + 1);
        LocalDate from = max(first, LocalDate.of(year, 1, 1));
        LocalDate to = min(last, LocalDate.of(year, 8, 31));
        if (from.isAfter(to) || !eligible(d, to)) {
            return null;
        }
        round++;
        return between(from, to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A living holder of a valid certificate whose household had one of the dated poor statuses that day. */
    boolean eligible(DemoDataGenerator.DemoPerson d, LocalDate day) {
        if (d.household() == null || DemoSubsidyCases.validOn(d, day) == null
                || d.person().deathDate() != null && !d.person().deathDate().isAfter(day)) {
            return false;
        }
        Set<AssistanceStatus> poor = EnumSet.noneOf(AssistanceStatus.class);
        for (String s : valueOn(POOR_STATUSES, day).split(",")) {
            if (!s.isBlank()) {
                poor.add(AssistanceStatus.valueOf(s.trim()));
            }
        }
        return d.household().statusesOn(day).stream().anyMatch(poor::contains);
    }

    /**
     * The county's inventory: an entry of every kind in one of its townships recorded in 2021-2022, a second
     * entry of some kinds recorded since, each counted on the day recorded and some recounted later, each
     * inspected once or twice since it was recorded.
     */
    private List<Facility> facilities(String county, List<DemoDataGenerator.DemoPerson> pool) {
        String name = DemoInstitutions.COUNTIES.getOrDefault(county, county);
        boolean urban = county.compareTo("630106") < 0;
        String actor = actors.districtStaff(pool.get(0));
        List<Facility> out = new ArrayList<>();
        for (FacilityKind kind : FacilityKind.values()) {
            int entries = random.nextInt(3) == 0 ? 2 : 1;
            for (int e = 0; e < entries; e++) {
                String township = pool.get(random.nextInt(pool.size())).person().division().value().substring(0, 9);
                LocalDate recorded = e == 0 ? between(LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(2022, 6, 30))
                        : between(LocalDate.of(2023, 1, 1), today.minusDays(30));
                out.add(new Facility(township, kind, name + kind.chineseName() + (e == 0 ? "（一期）" : "（二期）"),
                        counts(recorded, quantity(kind, urban)), actor, inspections(recorded)));
            }
        }
        return out;
    }

    /**
     * The count on the day recorded, and for about half the entries one or two revisions since (more built, or a
     * few removed), each at least two months after the one before and not in the last ten days.
     */
    private List<Count> counts(LocalDate recorded, int quantity) {
        List<Count> out = new ArrayList<>();
        out.add(new Count(recorded, quantity));
        int times = revisions.nextInt(4);
        for (int i = 0; i < times && i < 2; i++) {
            Count last = out.get(out.size() - 1);
            LocalDate from = last.day().plusMonths(2);
            long days = today.minusDays(10).toEpochDay() - from.toEpochDay();
            if (days < 0) {
                break;
            }
            int change = 1 + revisions.nextInt(Math.max(1, last.quantity() / 4));
            out.add(new Count(from.plusDays((long) (revisions.nextDouble() * (days + 1))), revisions.nextInt(4) == 0
                    ? Math.max(0, last.quantity() - change) : last.quantity() + change));
        }
        return out;
    }

    private int quantity(FacilityKind kind, boolean urban) {
        int base = switch (kind) {
            case CURB_RAMP -> 40;
            case FOOTBRIDGE_LIFT -> urban ? 4 : 1;
            case RESIDENTIAL_LIFT -> urban ? 20 : 5;
            case BUS_STATION -> 2;
            case BUS_STOP -> urban ? 80 : 20;
            case PRIORITY_SEAT -> urban ? 500 : 150;
            case ACCESSIBLE_BUS -> urban ? 15 : 4;
            case PASSAGE, TOILET -> 10;
            case SIGN_LANGUAGE_TV, E_READING_ROOM -> 1;
        };
        return base + random.nextInt(base + 1);
    }

    private List<Inspection> inspections(LocalDate recorded) {
        List<Inspection> out = new ArrayList<>();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            LocalDate day = between(recorded.plusDays(30), today.minusDays(5));
            if (day.isAfter(today)) {
                continue;
            }
            double r = random.nextDouble();
            LocalDate fixed = r >= 0.3 && r < 0.8 ? upTo(day.plusDays(5 + random.nextInt(40))) : null;
            out.add(new Inspection(day, "无障碍环境建设督导员", FINDINGS[random.nextInt(FINDINGS.length)], r < 0.3, fixed));
        }
        return out;
    }

    private String valueOn(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    private LocalDate upTo(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
