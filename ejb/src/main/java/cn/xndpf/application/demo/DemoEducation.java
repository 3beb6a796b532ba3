package cn.xndpf.application.demo;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.GrantRules;
import cn.xndpf.domain.education.Placement;
import cn.xndpf.domain.education.ReliefKind;
import cn.xndpf.domain.education.SchoolStage;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.StudentRelation;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo's education history (教育演示历史) since the school year 2020/2021, for the certificate holders of
 * school age: each school year's stage and grade by age; the grant (助学金) of every year a poor household
 * applied for, through the chain's rows and judged by {@link GrantRules} on the day it applied, at the
 * stage's dated amount of the school year's first day (this school year's late applications still in review,
 * a few returned or rejected); the fee reliefs (减免、补助) of each term that has opened; one plan per child of
 * the compulsory-education age band (一人一案), decided before their first school year in the history and
 * reviewed every year since, each review a new version; and the education bureau's enrolment report of each
 * child of the band for each school year. A random source of its own (the seed's).
 */
public class DemoEducation {

    static final int FIRST_SCHOOL_YEAR = 2020;
    private static final String[] RETURN_REASONS = {"缺少学校出具的在读证明，请补充", "学生身份证号与户口簿不一致，请核实"};
    private static final String[] REJECT_REASONS = {"经核实，学生本学年已获其他助学金资助", "申请人书面表示放弃申请"};
    private static final String[] HIGHER = {"青海大学", "青海师范大学", "青海民族大学"};

    /** A grant case to create. */
    public record Grant(DemoDataGenerator.DemoPerson student, SchoolYear schoolYear, SchoolStage stage, int grade,
                        String schoolName, BigDecimal amount, LocalDate appliedOn, String applicantActor,
                        ReviewPlan reviewPlan, List<DemoCareCases.Step> steps) {

        public String county() {
            return student.person().division().county().value();
        }

        /** The case as the domain builds it on {@code holder} (the managed student), and its steps' times. */
        public Built build(Person holder, Program program) {
            EducationGrantCase c = new EducationGrantCase(program, holder, StudentRelation.SELF, holder.idNumber(),
                    holder.name(), schoolName, null, stage, grade, schoolYear, amount, appliedOn, applicantActor);
            List<Instant> times = new ArrayList<>();
            Instant[] last = {Instant.EPOCH};
            int[] seen = {0};
            stamp(c, appliedOn, times, last, seen);
            for (DemoCareCases.Step s : steps) {
                switch (s.kind()) {
                    case SUBMIT -> c.submit(reviewPlan, s.day(), s.actor());
                    case REVIEW -> c.review(reviewPlan, s.stage(), s.decision(), s.actor(), s.reason(), s.day());
                    default -> throw new IllegalStateException(s.kind().name());
                }
                stamp(c, s.day(), times, last, seen);
            }
            return new Built(c, List.copyOf(times));
        }

        private static void stamp(EducationGrantCase c, LocalDate day, List<Instant> times, Instant[] last, int[] seen) {
            List<CaseEvent> events = c.events();
            for (; seen[0] < events.size(); seen[0]++) {
                Instant t = day.atTime(LocalTime.of(10, 0)).plusMinutes(11L * seen[0]).atZone(PlatformClock.ZONE)
                        .toInstant();
                last[0] = t.isAfter(last[0]) ? t : last[0].plus(1, ChronoUnit.MINUTES);
                times.add(last[0]);
            }
        }
    }

    /** A grant case as built, and the times its timeline steps happened. */
    public record Built(EducationGrantCase grantCase, List<Instant> eventTimes) {
    }

    /** A fee relief of one term, recorded on its day. */
    public record Relief(DemoDataGenerator.DemoPerson student, SchoolYear schoolYear, int term, ReliefKind kind,
                         BigDecimal amount, String schoolName, LocalDate recordedOn, String recordedBy) {
    }

    /** One version of a child's plan, in force from its decision until the day before the next. */
    public record PlanVersion(DemoDataGenerator.DemoPerson child, int version, Placement placement, String schoolName,
                              SchoolYear schoolYear, LocalDate decidedOn, LocalDate reviewDue, LocalDate validTo,
                              String note, String decidedBy) {

        public String county() {
            return child.person().division().county().value();
        }
    }

    /** The education bureau's report of a child for a school year. */
    public record Report(DemoDataGenerator.DemoPerson child, SchoolYear schoolYear, boolean enrolled, String schoolName,
                         LocalDate reportedOn) {
    }

    /** Everything planned. */
    public record History(List<Grant> grants, List<Relief> reliefs, List<PlanVersion> plans, List<Report> reports) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<ReviewStage> stages;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;
    private final Map<String, String> specialSchools;

    /**
     * @param stages         the grant's review chain rows, as stored
     * @param settings       the dated education settings ({@link #settingKeys()}), by key
     * @param specialSchools the name of each county's special school, by county code
     */
    public DemoEducation(long seed, LocalDate today, List<ReviewStage> stages, Map<String, List<PolicySetting>> settings,
                         List<StaffUser> staff, Map<String, String> specialSchools) {
        this.random = new Random(seed ^ 0xED0_ED0L);
        this.today = today;
        this.stages = stages;
        this.settings = settings;
        this.staff = staff;
        this.specialSchools = specialSchools;
    }

    public static List<String> settingKeys() {
        List<String> keys = new ArrayList<>(List.of(GrantRules.POOR_STATUSES, GrantRules.DISABLED_STUDENT_REGARDLESS_OF_INCOME,
                "education.compulsory.ageFrom", "education.compulsory.ageTo", "education.plan.reviewMonths"));
        for (SchoolStage s : SchoolStage.values()) {
            keys.add(GrantRules.AMOUNT_PREFIX + s.name());
        }
        return keys;
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        List<Grant> grants = new ArrayList<>();
        List<Relief> reliefs = new ArrayList<>();
        List<PlanVersion> plans = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        SchoolYear current = SchoolYear.containing(today);
        for (DemoDataGenerator.DemoPerson d : people) {
            if (d.certificates().isEmpty()) {
                continue;
            }
            boolean vocational = random.nextDouble() < 0.3;
            PlanVersion previous = null;
            for (int y = FIRST_SCHOOL_YEAR; y <= current.startYear(); y++) {
                SchoolYear year = new SchoolYear(y);
                LocalDate first = year.firstDay();
                Person p = d.person();
                if (DemoSubsidyCases.validOn(d, first) == null || p.isDeceased() && !p.deathDate().isAfter(first)) {
                    continue;
                }
                int age = p.ageOn(first);
                if (age < 3 || age > 21) {
                    continue;
                }
                SchoolStage stage = stage(age, vocational);
                int grade = grade(age, stage);
                boolean compulsory = age >= intSetting("education.compulsory.ageFrom", first)
                        && age <= intSetting("education.compulsory.ageTo", first);
                String school = school(d, stage, previous);
                if (compulsory) {
                    previous = planVersion(d, year, previous, plans);
                    if (previous != null) {
                        school = previous.schoolName();
                    }
                    LocalDate reported = earliest(first.plusDays(29), today.minusDays(1));
                    if (!reported.isBefore(first)) {
                        boolean enrolled = random.nextDouble() < 0.97;
                        reports.add(new Report(d, year, enrolled, enrolled ? school : null, reported));
                    }
                }
                grant(d, year, stage, grade, school).ifPresent(grants::add);
                for (int term = 1; term <= 2; term++) {
                    LocalDate opens = year.termFirstDay(term);
                    LocalDate recorded = opens.plusDays(15 + random.nextInt(25));
                    if (recorded.isBefore(today) && random.nextDouble() < 0.7) {
                        reliefs.add(new Relief(d, year, term, ReliefKind.REDUCTION, reduction(stage), school, recorded,
                                districtStaff(d)));
                        if (random.nextDouble() < 0.3) {
                            reliefs.add(new Relief(d, year, term, ReliefKind.SUBSIDY, new BigDecimal("500.00"), school,
                                    recorded, districtStaff(d)));
                        }
                    }
                }
            }
        }
        return new History(grants, reliefs, plans, reports);
    }

    /**
     * The plan's version for the school year: decided in the summer before the first school year in the band,
     * reviewed each year when the review falls due (a placement changed now and then); null while the
     * decision day has not come.
     */
    private PlanVersion planVersion(DemoDataGenerator.DemoPerson d, SchoolYear year, PlanVersion previous,
                                    List<PlanVersion> plans) {
        LocalDate decided = previous == null ? year.firstDay().minusDays(10 + random.nextInt(40))
                : previous.reviewDue().minusDays(random.nextInt(20));
        if (!decided.isBefore(today)) {
            return previous;
        }
        int months = intSetting("education.plan.reviewMonths", decided);
        Placement placement;
        String note;
        if (previous == null) {
            placement = placement(d);
            note = "首次评估安置：" + placement.chineseName();
        } else if (random.nextDouble() < 0.1) {
            placement = placement(d);
            note = placement == previous.placement() ? "年度复核：维持原安置" : "年度复核：调整安置方式";
        } else {
            placement = previous.placement();
            note = "年度复核：维持原安置";
        }
        String school = switch (placement) {
            case SPECIAL_SCHOOL -> specialSchools.get(d.person().division().county().value());
            case HOME_TEACHING -> specialSchools.get(d.person().division().county().value()) + "（送教上门）";
            case MAINSTREAM_CLASS -> previous != null && previous.placement() == Placement.MAINSTREAM_CLASS
                    ? previous.schoolName() : township(d) + "中心学校";
        };
        PlanVersion v = new PlanVersion(d, previous == null ? 1 : previous.version() + 1, placement, school, year,
                decided, decided.plusMonths(months), null, note, districtStaff(d));
        if (previous != null) {
            plans.set(plans.indexOf(previous), new PlanVersion(previous.child(), previous.version(), previous.placement(),
                    previous.schoolName(), previous.schoolYear(), previous.decidedOn(), previous.reviewDue(),
                    decided.minusDays(1), previous.note(), previous.decidedBy()));
        }
        plans.add(v);
        return v;
    }

    private Placement placement(DemoDataGenerator.DemoPerson d) {
        Certificate c = d.certificates().get(0);
        boolean severe = c.level().isSevere();
        boolean learning = c.category() == DisabilityCategory.INTELLECTUAL || c.category() == DisabilityCategory.MENTAL
                || c.category() == DisabilityCategory.MULTIPLE || c.category() == DisabilityCategory.HEARING
                || c.category() == DisabilityCategory.VISUAL;
        double r = random.nextDouble();
        if (severe && r < 0.25) {
            return Placement.HOME_TEACHING;
        }
        if (learning && r < 0.6) {
            return Placement.SPECIAL_SCHOOL;
        }
        return Placement.MAINSTREAM_CLASS;
    }

    /**
     * The year's grant, when the household was poor on the day it applied (most apply in September or
     * October; this school year some later, still in review). Judged by {@link GrantRules} on that day.
     */
    private Optional<Grant> grant(DemoDataGenerator.DemoPerson d, SchoolYear year, SchoolStage stage, int grade,
                                  String school) {
        boolean thisYear = year.equals(SchoolYear.containing(today));
        double r = random.nextDouble();
        if (r >= 0.85) {
            return Optional.empty();
        }
        LocalDate applied = year.firstDay().plusDays(7 + random.nextInt(45));
        boolean late = thisYear && r < 0.2;
        if (late) {
            applied = today.minusDays(random.nextInt(14));
        }
        if (!applied.isBefore(today) || applied.isBefore(year.firstDay())) {
            return Optional.empty();
        }
        BigDecimal amount = InForce.on(settings.getOrDefault(GrantRules.AMOUNT_PREFIX + stage.name(), List.of()),
                PolicySetting::validFrom, year.firstDay()).map(s -> new BigDecimal(s.value())).orElse(null);
        Person p = d.person();
        Set<AssistanceStatus> statuses = d.household() == null ? Set.of() : d.household().statusesOn(applied);
        boolean eligible = GrantRules.assess(new GrantRules.Facts(p, DemoSubsidyCases.validOn(d, applied), statuses,
                StudentRelation.SELF, p.idNumber(), stage, grade, year, amount,
                GrantRules.poorStatuses(value(GrantRules.POOR_STATUSES, applied)),
                Boolean.parseBoolean(value(GrantRules.DISABLED_STUDENT_REGARDLESS_OF_INCOME, applied)), false,
                applied)).eligible();
        if (!eligible) {
            return Optional.empty();
        }
        ReviewPlan rp = ReviewPlan.inForce(stages, applied);
        List<DemoCareCases.Step> steps = new ArrayList<>();
        steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.SUBMIT, applied, null, null, townshipClerk(d), null));
        LocalDate day = applied;
        List<ReviewPlan.Step> levels = rp.steps();
        double outcome = random.nextDouble();
        for (int i = 0; i < levels.size(); i++) {
            ReviewPlan.Step level = levels.get(i);
            day = day.plusDays(1 + random.nextInt(Math.max(1, level.deadlineDays() - 1)));
            if (!day.isBefore(today)) {
                break; // still waiting at this stage
            }
            boolean lastStage = i == levels.size() - 1;
            if (lastStage && outcome < 0.04) {
                steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(),
                        ReviewDecision.REJECT, actor(d, level), pick(REJECT_REASONS)));
                break;
            }
            if (i == 0 && outcome >= 0.04 && outcome < 0.07) {
                steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(),
                        ReviewDecision.RETURN, actor(d, level), pick(RETURN_REASONS)));
                break;
            }
            steps.add(new DemoCareCases.Step(DemoCareCases.Step.Kind.REVIEW, day, level.stage(), ReviewDecision.APPROVE,
                    actor(d, level), null));
        }
        return Optional.of(new Grant(d, year, stage, grade, school, amount, applied, townshipClerk(d), rp,
                List.copyOf(steps)));
    }

    /** The state a planned grant ends in (what the domain's steps lead to). */
    static CaseState stateOf(Grant g, int stagesInChain) {
        DemoCareCases.Step last = g.steps().get(g.steps().size() - 1);
        if (last.kind() == DemoCareCases.Step.Kind.SUBMIT) {
            return CaseState.SUBMITTED;
        }
        return switch (last.decision()) {
            case REJECT -> CaseState.REJECTED;
            case RETURN -> CaseState.RETURNED;
            case APPROVE -> g.steps().size() - 1 == stagesInChain ? CaseState.APPROVED : CaseState.FIRST_REVIEWED;
        };
    }

    private static SchoolStage stage(int age, boolean vocational) {
        if (age <= 5) {
            return SchoolStage.PRESCHOOL;
        }
        if (age <= 11) {
            return SchoolStage.PRIMARY;
        }
        if (age <= 14) {
            return SchoolStage.JUNIOR_SECONDARY;
        }
        if (age <= 17) {
            return vocational ? SchoolStage.SECONDARY_VOCATIONAL : SchoolStage.SENIOR_SECONDARY;
        }
        return SchoolStage.HIGHER;
    }

    private static int grade(int age, SchoolStage stage) {
        return switch (stage) {
            case PRESCHOOL -> age - 2;
            case PRIMARY -> age - 5;
            case JUNIOR_SECONDARY -> age - 11;
            case SENIOR_SECONDARY, SECONDARY_VOCATIONAL -> age - 14;
            case HIGHER -> age - 17;
        };
    }

    private String school(DemoDataGenerator.DemoPerson d, SchoolStage stage, PlanVersion plan) {
        return switch (stage) {
            case PRESCHOOL -> township(d) + "中心幼儿园";
            case PRIMARY, JUNIOR_SECONDARY -> plan != null ? plan.schoolName() : township(d) + "中心学校";
            case SENIOR_SECONDARY -> "西宁市第" + (1 + Math.floorMod(d.person().idNumber().value().hashCode(), 14)) + "中学";
            case SECONDARY_VOCATIONAL -> "西宁市职业技术学校";
            case HIGHER -> HIGHER[Math.floorMod(d.person().idNumber().value().hashCode(), HIGHER.length)];
        };
    }

    private static BigDecimal reduction(SchoolStage stage) {
        return switch (stage) {
            case PRESCHOOL -> new BigDecimal("600.00");
            case PRIMARY -> new BigDecimal("300.00");
            case JUNIOR_SECONDARY -> new BigDecimal("400.00");
            case SENIOR_SECONDARY -> new BigDecimal("1200.00");
            case SECONDARY_VOCATIONAL -> new BigDecimal("1000.00");
            case HIGHER -> new BigDecimal("2500.00");
        };
    }

    private static String township(DemoDataGenerator.DemoPerson d) {
        return d.person().division().value().substring(0, 9).equals("630102001") ? "东关" : "第"
                + Integer.parseInt(d.person().division().value().substring(6, 9)) + "学区";
    }

    private int intSetting(String key, LocalDate day) {
        return Integer.parseInt(value(key, day));
    }

    private String value(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
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

    private String actor(DemoDataGenerator.DemoPerson d, StaffRole role, DivisionLevel level) {
        String division = d.person().division().value();
        String office = level == DivisionLevel.TOWNSHIP ? division.substring(0, 9) : division.substring(0, 6);
        return staff.stream().filter(u -> u.role() == role && u.jurisdiction().value().equals(office))
                .map(StaffUser::username).findFirst()
                .orElse((role == StaffRole.TOWNSHIP_CLERK ? "clerk-" : "dpf-") + office);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
