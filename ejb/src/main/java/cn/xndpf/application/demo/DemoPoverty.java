package cn.xndpf.application.demo;

import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.poverty.MeasureKind;
import cn.xndpf.domain.poverty.MutualAidPayment;
import cn.xndpf.domain.poverty.MutualAidPilot;
import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyHistory;
import cn.xndpf.domain.poverty.PovertyMonitoring;
import cn.xndpf.domain.poverty.PovertyStatus;
import cn.xndpf.domain.poverty.PovertyStatusChange;
import cn.xndpf.domain.poverty.RiskKind;
import cn.xndpf.domain.security.StaffUser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's poverty-relief history (脱贫解困演示历史): in every county some households of disabled people recorded
 * poor (建档立卡户) in 2019-2020, nearly all lifted out of poverty (脱贫) by the end of 2021, a few poor again later
 * (返贫, 低收入户) and some of those lifted again, a few recorded poor only lately; households under
 * return-to-poverty monitoring (防返贫监测) after being lifted, with their risk kinds and measures, the older ones'
 * risk removed (风险消除), the recent ones still open; and in the two mutual-aid pilots (大通县 1700, 湟中区 1701)
 * neighbours paid month by month for helping a household, from {@link #FIRST_AID_MONTH} on. The seed report's
 * five years (2018-2022) hold the fixture's 17.28万元 of mutual aid in those pilots, so the demo pays none then.
 * <p>
 * Every change is built by the domain's own rules ({@link PovertyHistory#next}, {@link PovertyMonitoring},
 * {@link MutualAidPayment}) once the households have their ids; a random source of its own (the seed's), so the
 * people and the other programs' records stay what they are.
 */
public class DemoPoverty {

    /** The first month the demo pays mutual aid: after the seed report's five years. */
    public static final YearMonth FIRST_AID_MONTH = YearMonth.of(2023, 1);
    /** The seeded pilots (V53) by county. */
    public static final Map<String, Long> PILOTS = Map.of("630121", 1700L, "630106", 1701L);
    /** Of a county's households with a certificate holder, the share recorded poor. */
    private static final double POOR = 0.2;

    private static final String[] MEASURE_NOTES = {"落实帮扶责任人，入户走访核实收支。", "协调公益性岗位一个。",
            "落实医疗救助和大病保险报销。", "发放教育资助，减免学费。", "纳入低保，按月发放。", "安排社区康复服务。",
            "危房改造，改善住房条件。"};

    /** One change of a household's status, as planned. */
    public record Change(PovertyStatus status, PoorKind kind, LocalDate day, String note) {
    }

    public record Measure(MeasureKind kind, LocalDate day, String note) {
    }

    /** A return-to-poverty monitoring: its start, risks, measures and the day its risk was removed (null: open). */
    public record Monitoring(LocalDate startedOn, Set<RiskKind> risks, List<Measure> measures, LocalDate removedOn) {
    }

    /** A household's planned history: its status changes and at most one monitoring. */
    public record HouseholdPlan(Household household, String actor, List<Change> changes, Monitoring monitoring) {

        /** The status rows, each made by {@link PovertyHistory#next} as if recorded on its day. */
        public List<PovertyStatusChange> statuses(long householdId) {
            List<PovertyStatusChange> rows = new ArrayList<>();
            for (Change c : changes) {
                rows.add(PovertyHistory.next(householdId, household.division(), rows, c.status(), c.kind(), c.day(),
                        c.note(), actor, c.day()));
            }
            return rows;
        }

        /** The monitoring with its measures and removal, by the entity's own steps; null when none. */
        public PovertyMonitoring monitoring(long householdId, LocalDate today) {
            if (monitoring == null) {
                return null;
            }
            PovertyMonitoring m = new PovertyMonitoring(householdId, household.division(), monitoring.startedOn(),
                    monitoring.risks(), "入户核查发现返贫风险，纳入监测。", actor, today);
            for (Measure x : monitoring.measures()) {
                m.take(x.kind(), x.day(), x.note(), today);
            }
            if (monitoring.removedOn() != null) {
                m.removeRisk(monitoring.removedOn(), today);
            }
            return m;
        }
    }

    /** A month paid to a neighbour for helping a household, paid on {@code paidOn}. */
    public record Payment(String county, Household household, IdNumber helper, String helperName, YearMonth month,
                          LocalDate paidOn, String actor) {

        /** The payment by the pilot's rules, as if recorded on its pay day. */
        public MutualAidPayment build(MutualAidPilot pilot, long householdId) {
            return new MutualAidPayment(pilot, householdId, household.division(), helper, helperName, month, actor,
                    paidOn);
        }
    }

    public record History(List<HouseholdPlan> households, List<Payment> payments) {
    }

    private final Random random;
    private final LocalDate today;
    private final DemoActors actors;

    public DemoPoverty(long seed, LocalDate today, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0x9_0BE7L);
        this.today = today;
        this.actors = new DemoActors(staff);
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        // the households with a certificate holder, by county, each once (its first holder acts for it)
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        Map<Household, Boolean> seen = new IdentityHashMap<>();
        Map<String, List<DemoDataGenerator.DemoPerson>> everyone = new LinkedHashMap<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            String county = d.person().division().county().value();
            everyone.computeIfAbsent(county, k -> new ArrayList<>()).add(d);
            if (d.household() != null && !d.certificates().isEmpty() && seen.put(d.household(), true) == null) {
                byCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(d);
            }
        }
        List<HouseholdPlan> households = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        for (Map.Entry<String, List<DemoDataGenerator.DemoPerson>> county : byCounty.entrySet()) {
            List<DemoDataGenerator.DemoPerson> pool = county.getValue();
            List<HouseholdPlan> ofCounty = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                // the first four of a county always, so every county shows every kind of history
                if (i < 4 || random.nextDouble() < POOR) {
                    ofCounty.add(household(pool.get(i), ofCounty.size()));
                }
            }
            households.addAll(ofCounty);
            if (PILOTS.containsKey(county.getKey())) {
                payments.addAll(mutualAid(county.getKey(), ofCounty, everyone.getOrDefault(county.getKey(), List.of())));
            }
        }
        return new History(List.copyOf(households), List.copyOf(payments));
    }

    /**
     * The n-th poor household of its county: recorded poor in 2019-2020; the 4th of every four recorded only
     * lately and still poor; the others lifted by 2021, one in three of them monitored after, one in five
     * poor again (and half of those lifted again).
     */
    private HouseholdPlan household(DemoDataGenerator.DemoPerson d, int n) {
        String actor = actors.districtStaff(d);
        List<Change> changes = new ArrayList<>();
        if (n % 4 == 3) {
            LocalDate poor = upTo(between(today.minusMonths(18), today.minusMonths(2)));
            changes.add(new Change(PovertyStatus.POOR, PoorKind.LOW_INCOME, poor, "民政部门认定为低收入户。"));
            return new HouseholdPlan(d.household(), actor, List.copyOf(changes), null);
        }
        LocalDate poor = between(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30));
        changes.add(new Change(PovertyStatus.POOR, PoorKind.REGISTERED, poor, "精准识别，建档立卡。"));
        LocalDate lifted = between(poor.plusMonths(6), LocalDate.of(2021, 12, 31));
        changes.add(new Change(PovertyStatus.LIFTED, null, lifted, "收入稳定超过标准，两不愁三保障达标。"));
        Monitoring monitoring = null;
        if (n % 4 == 1) {
            // poor again some years later, half of them lifted again since
            LocalDate again = upTo(between(LocalDate.of(2022, 6, 1), today.minusMonths(8)));
            changes.add(new Change(PovertyStatus.POOR, PoorKind.LOW_INCOME, again, "因病返贫，重新认定。"));
            if (random.nextBoolean()) {
                changes.add(new Change(PovertyStatus.LIFTED, null, upTo(between(again.plusMonths(3), today)),
                        "帮扶后收入恢复，再次脱贫。"));
            }
        } else if (n % 4 == 2 || random.nextDouble() < 0.3) {
            monitoring = monitoring(lifted);
        }
        return new HouseholdPlan(d.household(), actor, List.copyOf(changes), monitoring);
    }

    /** Monitored from after the lifting; the older ones' risk removed after their measures, the recent open. */
    private Monitoring monitoring(LocalDate lifted) {
        LocalDate start = upTo(between(lifted.plusMonths(2), today.minusMonths(1)));
        Set<RiskKind> risks = EnumSet.of(RiskKind.values()[random.nextInt(RiskKind.values().length)]);
        if (random.nextDouble() < 0.4) {
            risks.add(RiskKind.DISABILITY);
        }
        List<Measure> measures = new ArrayList<>();
        LocalDate day = start;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(7 + random.nextInt(60));
            if (day.isAfter(today)) {
                break;
            }
            int k = random.nextInt(MEASURE_NOTES.length);
            measures.add(new Measure(MeasureKind.values()[k], day, MEASURE_NOTES[k]));
        }
        LocalDate removed = day.plusDays(30 + random.nextInt(150));
        boolean remove = !measures.isEmpty() && removed.isBefore(today) && start.isBefore(today.minusMonths(9));
        return new Monitoring(start, Collections.unmodifiableSet(risks), List.copyOf(measures), remove ? removed : null);
    }

    /**
     * Neighbours of the pilot's county paid for helping its poor households (one helper a household, not one of
     * its members), every month of a stretch since {@link #FIRST_AID_MONTH} up to last month, each paid on the
     * 10th of the next month.
     */
    private List<Payment> mutualAid(String county, List<HouseholdPlan> poor, List<DemoDataGenerator.DemoPerson> neighbours) {
        List<Payment> out = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int helped = Math.min(poor.size(), 2 + poor.size() / 4);
        for (int i = 0; i < helped && !neighbours.isEmpty(); i++) {
            HouseholdPlan h = poor.get(i);
            DemoDataGenerator.DemoPerson helper = null;
            for (int tries = 0; tries < 50 && helper == null; tries++) {
                DemoDataGenerator.DemoPerson c = neighbours.get(random.nextInt(neighbours.size()));
                if (c.household() != h.household() && c.person().deathDate() == null) {
                    helper = c;
                }
            }
            if (helper == null) {
                continue;
            }
            YearMonth from = FIRST_AID_MONTH.plusMonths(random.nextInt(18));
            YearMonth to = from.plusMonths(6 + random.nextInt(30));
            to = to.isAfter(last) ? last : to;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                out.add(new Payment(county, h.household(), helper.person().idNumber(), helper.person().name(), m,
                        upTo(m.plusMonths(1).atDay(10)), h.actor()));
            }
        }
        return out;
    }

    private LocalDate upTo(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
