package cn.xndpf.application.demo;

import cn.xndpf.application.employment.ShelteredEmploymentService;
import cn.xndpf.domain.employment.PlacementKind;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo's employment services (就业服务演示历史) since 2021, in each of the seven counties, as the services
 * would have left them: vocational training courses (职业技能培训) in spring and autumn with the county's living
 * certificate holders of working age enrolled once each and most completing on the last day, and one course
 * running today; job fairs (招聘会) in January (就业援助月) and May (全国助残日) with the county's demo employers, some
 * registered people and others counted; placements (就业安置) of every kind, the quota and centralised ones with a
 * demo employer, never two open of a person and kind, some ended (on the death day at the latest); the county's
 * sheltered-employment institution (辅助性就业机构, {@link DemoInstitutions}) with workers who joined since 2021,
 * one institution each, some who left, and its subsidy of every month that is over paid on the 5th of the next
 * month at the dated rate of the month's first day for each worker present in it; and the county's employment
 * bases (就业创业基地), the three heritage crafts (掐丝, 堆绣, 皮绣) among them.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' records stay what they are.
 */
public class DemoEmploymentServices {

    public static final int FIRST_YEAR = 2021;
    private static final int MIN_AGE = 16;
    private static final int MAX_AGE = 59;

    /** A trainee of a course: enrolled on a day, completed (结业) on the course's last day or not. */
    public record Trainee(DemoDataGenerator.DemoPerson person, LocalDate enrolledOn, LocalDate completedOn) {
    }

    public record Course(String county, String name, String trade, String organiser, LocalDate startsOn,
                         LocalDate endsOn, BigDecimal cost, List<Trainee> trainees) {
    }

    /** A fair; {@code employers} index the employment history's employers. */
    public record Fair(String county, LocalDate heldOn, String place, String organiser, List<Integer> employers,
                       List<DemoDataGenerator.DemoPerson> seekers, int otherSeekers, int jobsOffered) {
    }

    /** A placement; {@code employer} indexes the employment history's employers (null: none named). */
    public record Placement(DemoDataGenerator.DemoPerson person, PlacementKind kind, Integer employer,
                            String division, LocalDate startedOn, LocalDate endedOn) {
    }

    /** A worker of the county's sheltered-employment institution from a day to a day (null: still there). */
    public record Worker(String county, DemoDataGenerator.DemoPerson person, LocalDate from, LocalDate to) {

        boolean presentIn(YearMonth month) {
            return !from.isAfter(month.atEndOfMonth()) && (to == null || !to.isBefore(month.atDay(1)));
        }
    }

    /** A month's subsidy of the county's institution; {@code workers} index {@link History#workers()}. */
    public record Subsidy(String county, YearMonth month, BigDecimal rate, List<Integer> workers, String paidBy,
                          LocalDate paidOn) {

        public BigDecimal amount() {
            return rate.multiply(BigDecimal.valueOf(workers.size()));
        }
    }

    public record Base(String county, String name, String kindCode, String division, LocalDate recognisedOn,
                       int employed) {
    }

    public record History(List<Course> courses, List<Fair> fairs, List<Placement> placements, List<Worker> workers,
                          List<Subsidy> subsidies, List<Base> bases) {
    }

    private static final String[][] TRADES = {
            {"盲人保健按摩", "保健按摩师"}, {"电子商务", "电子商务师"}, {"面点制作", "中式面点师"},
            {"计算机操作", "计算机操作员"}, {"家政服务", "家政服务员"}, {"民族手工刺绣", "手工刺绣工"},
            {"农村实用技术", "农业技术员"}, {"直播营销", "互联网营销师"}};
    /** The heritage crafts and the county whose base practises each. */
    private static final Map<String, String> HERITAGE = Map.of(
            "630102", "HERITAGE_QIASI", "630106", "HERITAGE_DUIXIU", "630123", "HERITAGE_PIXIU");
    private static final Map<String, String> HERITAGE_NAMES = Map.of(
            "HERITAGE_QIASI", "掐丝唐卡", "HERITAGE_DUIXIU", "湟中堆绣", "HERITAGE_PIXIU", "皮绣");

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;

    /** @param settings the sheltered subsidy's dated rate ({@link #settingKeys()}), by key */
    public DemoEmploymentServices(long seed, LocalDate today, Map<String, List<PolicySetting>> settings,
                                  List<StaffUser> staff) {
        this.random = new Random(seed ^ 0xE_5E2_71CEL);
        this.today = today;
        this.settings = settings;
        this.staff = staff;
    }

    public static List<String> settingKeys() {
        return List.of(ShelteredEmploymentService.RATE);
    }

    /** @param employers the employment history's employers (fairs and placements name them by index) */
    public History plan(List<DemoDataGenerator.DemoPerson> people, List<DemoEmployment.Employer> employers) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        for (DemoDataGenerator.DemoPerson d : people) {
            List<DemoDataGenerator.DemoPerson> county = byCounty.get(d.person().division().county().value());
            if (county != null) {
                county.add(d);
            }
        }
        History h = new History(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<String, List<DemoDataGenerator.DemoPerson>> county : byCounty.entrySet()) {
            List<Integer> ownEmployers = new ArrayList<>();
            for (int i = 0; i < employers.size(); i++) {
                if (employers.get(i).county().equals(county.getKey())) {
                    ownEmployers.add(i);
                }
            }
            training(county.getKey(), county.getValue(), h.courses());
            fairs(county.getKey(), county.getValue(), ownEmployers, h.fairs());
            placements(county.getKey(), county.getValue(), ownEmployers, h.placements());
            sheltered(county.getKey(), county.getValue(), h.workers(), h.subsidies());
            bases(county.getKey(), h.bases());
        }
        return new History(List.copyOf(h.courses()), List.copyOf(h.fairs()), List.copyOf(h.placements()),
                List.copyOf(h.workers()), List.copyOf(h.subsidies()), List.copyOf(h.bases()));
    }

    private void training(String county, List<DemoDataGenerator.DemoPerson> people, List<Course> courses) {
        String name = DemoInstitutions.COUNTIES.get(county);
        List<LocalDate> starts = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            starts.add(LocalDate.of(year, 4, 6 + random.nextInt(15)));
            starts.add(LocalDate.of(year, 9, 6 + random.nextInt(15)));
        }
        starts.removeIf(d -> d.isAfter(today.minusDays(20)));
        for (int i = 0; i < starts.size() + 1; i++) {
            // the last one is running today: begun ten days ago, a month to go, nobody completed yet
            boolean running = i == starts.size();
            LocalDate starts0 = running ? today.minusDays(10) : starts.get(i);
            LocalDate ends = running ? today.plusDays(30) : starts0.plusDays(14 + random.nextInt(31));
            String[] trade = TRADES[random.nextInt(TRADES.length)];
            LocalDate enrolled = starts0.minusDays(1 + random.nextInt(5));
            List<Trainee> trainees = new ArrayList<>();
            for (DemoDataGenerator.DemoPerson d : pick(people, 6 + random.nextInt(7), p -> workingHolder(p, enrolled))) {
                boolean completes = !ends.isAfter(today) && random.nextDouble() < 0.85;
                trainees.add(new Trainee(d, enrolled, completes ? ends : null));
            }
            if (trainees.isEmpty()) {
                continue;
            }
            BigDecimal perHead = BigDecimal.valueOf(800 + 50L * random.nextInt(17));
            courses.add(new Course(county, name + starts0.getYear() + "年" + starts0.getMonthValue() + "月"
                    + trade[0] + "培训班", trade[1],
                    name + "残疾人联合会", starts0, ends,
                    perHead.multiply(BigDecimal.valueOf(trainees.size())).setScale(2), List.copyOf(trainees)));
        }
    }

    private void fairs(String county, List<DemoDataGenerator.DemoPerson> people, List<Integer> employers,
                       List<Fair> fairs) {
        if (employers.isEmpty()) {
            return;
        }
        String name = DemoInstitutions.COUNTIES.get(county);
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            for (LocalDate day : List.of(LocalDate.of(year, 1, 10 + random.nextInt(15)),
                    LocalDate.of(year, 5, 14 + random.nextInt(7)))) {
                if (day.isAfter(today)) {
                    continue;
                }
                List<Integer> taking = new ArrayList<>(employers);
                Collections.shuffle(taking, random);
                taking = List.copyOf(taking.subList(0, Math.min(taking.size(), 2 + random.nextInt(3))));
                List<DemoDataGenerator.DemoPerson> seekers = pick(people, 3 + random.nextInt(6),
                        p -> alive(p, day));
                boolean aidMonth = day.getMonthValue() == 1;
                fairs.add(new Fair(county, day, name + (aidMonth ? "人力资源市场" : "残疾人综合服务中心"),
                        name + "残疾人联合会、" + name + "人力资源和社会保障局", taking, seekers,
                        10 + random.nextInt(51), 20 + random.nextInt(101)));
            }
        }
    }

    private void placements(String county, List<DemoDataGenerator.DemoPerson> people, List<Integer> employers,
                            List<Placement> placements) {
        PlacementKind[] kinds = PlacementKind.values();
        // a person is placed once in a kind here, which keeps one open placement per person and kind a fortiori
        Set<String> placedInKind = new HashSet<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            for (int i = 0; i < kinds.length; i++) {
                PlacementKind kind = kinds[(year + i) % kinds.length];
                if (kind.needsEmployer() && employers.isEmpty()) {
                    continue;
                }
                LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                boolean firstOfThisYear = year == today.getYear() && i == 0;
                boolean firstOfAll = year == FIRST_YEAR && i == 0;
                if (start.isAfter(today)) {
                    if (!firstOfThisYear) {
                        continue;
                    }
                    start = today.minusDays(random.nextInt(Math.max(1, today.getDayOfYear())));
                }
                LocalDate day = start;
                // the county's first placement of this year stays open and its very first one ended: both states
                List<DemoDataGenerator.DemoPerson> found = pick(people, 1, p -> workingHolder(p, day)
                        && (!firstOfThisYear || p.person().deathDate() == null)
                        && !placedInKind.contains(p.person().idNumber().value() + ":" + kind));
                if (found.isEmpty()) {
                    continue;
                }
                DemoDataGenerator.DemoPerson d = found.get(0);
                placedInKind.add(d.person().idNumber().value() + ":" + kind);
                LocalDate ended = null;
                if (firstOfAll || (!firstOfThisYear && random.nextDouble() < 0.4)) {
                    ended = start.plusDays(90 + random.nextInt(450));
                }
                LocalDate death = d.person().deathDate();
                if (death != null && !death.isAfter(today) && (ended == null || death.isBefore(ended))) {
                    ended = death;
                }
                if (ended != null && ended.isAfter(today)) {
                    ended = null;
                }
                Integer employer = kind.needsEmployer() || random.nextInt(4) == 0
                        ? (employers.isEmpty() ? null : employers.get(random.nextInt(employers.size()))) : null;
                placements.add(new Placement(d, kind, employer, d.person().division().value(), start, ended));
            }
        }
    }

    private void sheltered(String county, List<DemoDataGenerator.DemoPerson> people, List<Worker> workers,
                           List<Subsidy> subsidies) {
        int first = workers.size();
        LocalDate latestJoin = today.minusDays(60);
        long span = ChronoUnit.DAYS.between(LocalDate.of(FIRST_YEAR, 1, 4), latestJoin);
        Set<DemoDataGenerator.DemoPerson> taken = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            // the first joined in the history's first month and stays; the second left; the others as it falls
            LocalDate from = i == 0 ? LocalDate.of(FIRST_YEAR, 1, 4)
                    : LocalDate.of(FIRST_YEAR, 1, 4).plusDays(random.nextInt((int) span));
            boolean staysOrLeavesAlive = i <= 1;
            List<DemoDataGenerator.DemoPerson> found = pick(people, 1, p -> !taken.contains(p)
                    && workingHolder(p, from) && (!staysOrLeavesAlive || p.person().deathDate() == null));
            if (found.isEmpty()) {
                continue;
            }
            DemoDataGenerator.DemoPerson d = found.get(0);
            taken.add(d);
            LocalDate to = i == 1 || (i > 1 && random.nextInt(3) == 0) ? from.plusDays(120 + random.nextInt(700)) : null;
            if (to != null && !to.isBefore(today)) {
                to = i == 1 ? today.minusDays(1) : null;
            }
            LocalDate death = d.person().deathDate();
            if (death != null && death.isBefore(today) && (to == null || death.isBefore(to))) {
                to = death;
            }
            workers.add(new Worker(county, d, from, to));
        }
        String paidBy = districtStaff(county);
        for (YearMonth month = YearMonth.of(FIRST_YEAR, 1); month.isBefore(YearMonth.from(today));
             month = month.plusMonths(1)) {
            List<Integer> present = new ArrayList<>();
            for (int w = first; w < workers.size(); w++) {
                if (workers.get(w).presentIn(month)) {
                    present.add(w);
                }
            }
            if (present.isEmpty()) {
                continue;
            }
            LocalDate paidOn = month.plusMonths(1).atDay(5);
            subsidies.add(new Subsidy(county, month, rate(month), List.copyOf(present), paidBy,
                    paidOn.isAfter(today) ? today : paidOn));
        }
    }

    private void bases(String county, List<Base> bases) {
        String name = DemoInstitutions.COUNTIES.get(county);
        bases.add(new Base(county, name + "残疾人就业基地", "EMPLOYMENT", county, recognised(), 8 + random.nextInt(33)));
        String heritage = HERITAGE.get(county);
        if (heritage != null) {
            bases.add(new Base(county, name + HERITAGE_NAMES.get(heritage) + "非遗传承就业基地", heritage, county,
                    recognised(), 10 + random.nextInt(31)));
        } else {
            bases.add(new Base(county, name + "残疾人创业孵化基地", "ENTREPRENEURSHIP", county, recognised(),
                    3 + random.nextInt(18)));
        }
    }

    private LocalDate recognised() {
        LocalDate day = LocalDate.of(FIRST_YEAR, 3, 1).plusDays(random.nextInt(365 * 5));
        return day.isAfter(today) ? today : day;
    }

    /** The subsidy per worker in force on the month's first day (as {@code ShelteredEmploymentService.pay} reads it). */
    BigDecimal rate(YearMonth month) {
        return InForce.on(settings.getOrDefault(ShelteredEmploymentService.RATE, List.of()), PolicySetting::validFrom,
                        month.atDay(1)).map(s -> new BigDecimal(s.value().trim()))
                .orElseThrow(() -> new IllegalStateException("no sheltered subsidy rate in force in " + month));
    }

    /** Alive on the day, holding a certificate valid that day and of working age: what the services take. */
    static boolean workingHolder(DemoDataGenerator.DemoPerson d, LocalDate day) {
        int age = d.person().birthDate().until(day).getYears();
        return alive(d, day) && DemoSubsidyCases.validOn(d, day) != null && age >= MIN_AGE && age <= MAX_AGE;
    }

    static boolean alive(DemoDataGenerator.DemoPerson d, LocalDate day) {
        return d.person().deathDate() == null || d.person().deathDate().isAfter(day);
    }

    /** Up to {@code n} distinct people of the list who fit, drawn at random. */
    private List<DemoDataGenerator.DemoPerson> pick(List<DemoDataGenerator.DemoPerson> people, int n,
                                                    Predicate<DemoDataGenerator.DemoPerson> fits) {
        List<DemoDataGenerator.DemoPerson> out = new ArrayList<>();
        if (people.isEmpty()) {
            return out;
        }
        int startAt = random.nextInt(people.size());
        for (int k = 0; k < people.size() && out.size() < n; k++) {
            DemoDataGenerator.DemoPerson d = people.get((startAt + k * 7919) % people.size());
            if (fits.test(d) && !out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private String districtStaff(String county) {
        return staff.stream().filter(u -> u.role() == StaffRole.DISTRICT_STAFF && u.jurisdiction().value().equals(county))
                .map(StaffUser::username).findFirst().orElse("dpf-" + county);
    }
}
