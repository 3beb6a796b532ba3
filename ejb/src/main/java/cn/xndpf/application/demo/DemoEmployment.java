package cn.xndpf.application.demo;

import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.DeclaredEmployee;
import cn.xndpf.domain.employment.EmployerKind;
import cn.xndpf.domain.employment.FundRules;
import cn.xndpf.domain.employment.QuotaRules;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's employment history (就业演示历史) for 2021-2025: employers in every county (enterprises, a small
 * enterprise under the exemption threshold, a public institution, a government organ), each with valid unified
 * social credit codes, and their annual declarations (年审申报) of each year. Each declaration names the
 * employer's disabled employees, demo people of the county holding a certificate, judged by {@link QuotaRules}
 * on the year's last day with the dated settings in force then, as the verification would judge them; one
 * employee a year is declared with too few insurance months (not recognised); in the last year two employers of
 * each county declare the same person (both wait for a decision, 重复申报) and one declaration is not yet
 * verified. Every verified declaration without a pending double declaration has its security fund, computed by
 * {@link FundRules} with the settings in force on the year's first day (as {@code SecurityFundService} reads
 * them), and most of the funds were reported collected by the tax office the next year, a few in part.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' cases stay what they are.
 */
public class DemoEmployment {

    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2025;
    static final int INSURANCE_SHORT = 8;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An employer to register. */
    public record Employer(String county, CreditCode creditCode, String name, String division, EmployerKind kind,
                           String taxOffice, int staff) {
    }

    /** One declared employee and the outcome the verification gives (PENDING while not verified). */
    public record Employee(DemoDataGenerator.DemoPerson person, DeclaredEmployee.Declared declared,
                           VerificationOutcome outcome, QuotaRules.Verdict verdict) {
    }

    /** The fund computed for a verified declaration, and what the tax office reported collected (null: nothing). */
    public record Fund(FundRules.Computation computation, Instant computedAt, BigDecimal collected,
                       LocalDate collectedOn) {
    }

    /** One declaration: verifiedAt null while declared only; fund null when none is computed. */
    public record Declaration(int employer, int year, int staff, BigDecimal totalWages, String actor,
                              Instant declaredAt, Instant verifiedAt, List<Employee> employees, Fund fund) {

        public int recognised() {
            return employees.stream().mapToInt(e -> e.outcome() == VerificationOutcome.RECOGNISED
                    ? e.verdict().counted() : 0).sum();
        }

        public boolean duplicatePending() {
            return employees.stream().anyMatch(e -> e.outcome() == VerificationOutcome.DUPLICATE);
        }
    }

    public record History(List<Employer> employers, List<Declaration> declarations) {
    }

    private static final String[][] NAMES = {
            {"ENTERPRISE", "%s演示机械制造有限公司", "91"},
            {"ENTERPRISE", "%s演示商贸有限公司", "91"},
            {"ENTERPRISE", "%s演示便民服务有限公司", "91"},
            {"PUBLIC_INSTITUTION", "%s演示人民医院", "12"},
            {"GOVERNMENT_ORGAN", "%s演示机关事务服务中心", "11"}};
    /** Average staff over a year, by the names' order: the third is under the exemption threshold. */
    private static final int[] STAFF = {320, 140, 22, 260, 90};

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<PolicySetting>> settings;
    private final List<StaffUser> staff;

    /** @param settings the dated quota and fund settings ({@link #settingKeys()}), by key */
    public DemoEmployment(long seed, LocalDate today, Map<String, List<PolicySetting>> settings, List<StaffUser> staff) {
        this.random = new Random(seed ^ 0xE_3910_7EL);
        this.today = today;
        this.settings = settings;
        this.staff = staff;
    }

    public static List<String> settingKeys() {
        return List.of(QuotaRules.MIN_AGE, QuotaRules.MAX_AGE_PREFIX + "MALE", QuotaRules.MAX_AGE_PREFIX + "FEMALE",
                QuotaRules.MIN_CONTRACT_MONTHS, QuotaRules.MIN_INSURANCE_MONTHS, QuotaRules.MINIMUM_WAGE,
                FundRules.RATIO, FundRules.CAP_MULTIPLE, FundRules.LOCAL_AVERAGE_WAGE, FundRules.EXEMPT_STAFF,
                FundRules.TIER_RATIO, FundRules.SHARE_AT_OR_ABOVE, FundRules.SHARE_BELOW);
    }

    public History plan(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, List<DemoDataGenerator.DemoPerson>> byCounty = new LinkedHashMap<>();
        DemoInstitutions.COUNTIES.keySet().forEach(c -> byCounty.put(c, new ArrayList<>()));
        for (DemoDataGenerator.DemoPerson d : people) {
            if (!d.certificates().isEmpty()) {
                byCounty.computeIfAbsent(d.person().division().county().value(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Employer> employers = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Map.Entry<String, List<DemoDataGenerator.DemoPerson>> county : byCounty.entrySet()) {
            planCounty(county.getKey(), county.getValue(), employers, declarations, codes);
        }
        return new History(List.copyOf(employers), List.copyOf(declarations));
    }

    private void planCounty(String county, List<DemoDataGenerator.DemoPerson> holders, List<Employer> employers,
                            List<Declaration> declarations, Set<String> codes) {
        String countyName = DemoInstitutions.COUNTIES.getOrDefault(county, county);
        int first = employers.size();
        for (int i = 0; i < NAMES.length; i++) {
            String division = holders.isEmpty() ? county
                    : holders.get(random.nextInt(holders.size())).person().division().value();
            employers.add(new Employer(county, creditCode(NAMES[i][2], county, codes),
                    String.format(NAMES[i][1], countyName), division, EmployerKind.valueOf(NAMES[i][0]),
                    "国家税务总局西宁市" + countyName + "税务局", STAFF[i]));
        }
        // each employer's disabled workforce: people hired before the history who work there every year
        List<DemoDataGenerator.DemoPerson> pool = new ArrayList<>(holders);
        java.util.Collections.shuffle(pool, random);
        Map<Integer, List<DemoDataGenerator.DemoPerson>> workforce = new LinkedHashMap<>();
        Map<DemoDataGenerator.DemoPerson, LocalDate> hired = new LinkedHashMap<>();
        int[] size = {3, 2, 0, 2, 1};
        for (int i = 0; i < NAMES.length; i++) {
            List<DemoDataGenerator.DemoPerson> w = new ArrayList<>();
            while (w.size() < size[i] && !pool.isEmpty()) {
                DemoDataGenerator.DemoPerson d = pool.remove(pool.size() - 1);
                LocalDate day = LocalDate.of(FIRST_YEAR, 12, 31);
                if (recognisable(d, day)) {
                    w.add(d);
                    hired.put(d, LocalDate.of(FIRST_YEAR - 1 - random.nextInt(4), 1 + random.nextInt(12), 1));
                }
            }
            workforce.put(first + i, w);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate lastDay = LocalDate.of(year, 12, 31);
            Set<DemoDataGenerator.DemoPerson> declaredThisYear = new HashSet<>();
            workforce.values().forEach(declaredThisYear::addAll);
            // the year's not recognised employee (too few insurance months) and, in the last year, a double one
            int shortOne = first + random.nextInt(NAMES.length);
            DemoDataGenerator.DemoPerson shortPerson = pick(pool, declaredThisYear);
            DemoDataGenerator.DemoPerson doublePerson = year == LAST_YEAR ? pick(pool, declaredThisYear) : null;
            for (int i = 0; i < NAMES.length; i++) {
                int e = first + i;
                Employer employer = employers.get(e);
                List<Employee> employees = new ArrayList<>();
                for (DemoDataGenerator.DemoPerson d : workforce.get(e)) {
                    employees.add(judged(d, declared(d, hired.get(d), 12, wage(year, 1.4)), lastDay));
                }
                if (e == shortOne && shortPerson != null) {
                    employees.add(judged(shortPerson, declared(shortPerson, LocalDate.of(year, 3, 1),
                            INSURANCE_SHORT, wage(year, 1.2)), lastDay));
                }
                if (doublePerson != null && (i == 0 || i == 1)) {
                    DeclaredEmployee.Declared dd = declared(doublePerson, LocalDate.of(year - 1, 6, 1), 12,
                            wage(year, 1.3));
                    employees.add(new Employee(doublePerson, dd, VerificationOutcome.DUPLICATE, null));
                }
                boolean verified = !(year == LAST_YEAR && i == NAMES.length - 1);
                int staffCount = Math.max(1, employer.staff() + random.nextInt(11) - 5);
                BigDecimal wages = BigDecimal.valueOf(staffCount).multiply(averageWage(year, employer.kind()))
                        .setScale(2, RoundingMode.HALF_UP);
                LocalDate declaredOn = LocalDate.of(year + 1, 1, 5 + random.nextInt(20));
                LocalDate verifiedOn = declaredOn.plusDays(10 + random.nextInt(20));
                if (!verifiedOn.isBefore(today)) {
                    continue;
                }
                String actor = districtStaff(county);
                List<Employee> judgedOrPending = verified ? employees : employees.stream()
                        .map(x -> new Employee(x.person(), x.declared(), VerificationOutcome.PENDING, null)).toList();
                Declaration draft = new Declaration(e, year, staffCount, wages, actor, at(declaredOn, 10),
                        verified ? at(verifiedOn, 15) : null, List.copyOf(judgedOrPending), null);
                declarations.add(verified && !draft.duplicatePending() ? withFund(draft, verifiedOn) : draft);
            }
        }
    }

    private Declaration withFund(Declaration d, LocalDate verifiedOn) {
        FundRules.Computation c = FundRules.compute(d.staff(), d.recognised(), d.totalWages(), fundPolicy(d.year()));
        LocalDate computedOn = verifiedOn.plusDays(20 + random.nextInt(20));
        LocalDate collectedOn = LocalDate.of(d.year() + 1, 6, 1).plusDays(random.nextInt(60));
        BigDecimal collected = null;
        if (!c.exempt() && collectedOn.isBefore(today)) {
            double r = random.nextDouble();
            collected = r < 0.8 ? c.due() : r < 0.9 ? c.due().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN) : null;
        }
        if (!computedOn.isBefore(today)) {
            return d;
        }
        return new Declaration(d.employer(), d.year(), d.staff(), d.totalWages(), d.actor(), d.declaredAt(),
                d.verifiedAt(), d.employees(), new Fund(c, at(computedOn, 9), collected,
                collected == null ? null : collectedOn));
    }

    /** Recognised on {@code day} with a standing contract, a full year's insurance and a wage well above minimum. */
    private boolean recognisable(DemoDataGenerator.DemoPerson d, LocalDate day) {
        return judged(d, declared(d, LocalDate.of(FIRST_YEAR - 1, 1, 1), 12, wage(day.getYear(), 1.4)), day)
                .outcome() == VerificationOutcome.RECOGNISED;
    }

    private Employee judged(DemoDataGenerator.DemoPerson d, DeclaredEmployee.Declared declared, LocalDate day) {
        QuotaRules.Verdict v = QuotaRules.verify(facts(d, declared, day), quotaPolicy(day));
        return new Employee(d, declared, v.recognised() ? VerificationOutcome.RECOGNISED
                : VerificationOutcome.NOT_RECOGNISED, v);
    }

    /** What the registry says of the person on {@code day}, as the verification asks it. */
    static QuotaRules.Facts facts(DemoDataGenerator.DemoPerson d, DeclaredEmployee.Declared declared, LocalDate day) {
        Certificate valid = DemoSubsidyCases.validOn(d, day);
        boolean alive = d.person().deathDate() == null || d.person().deathDate().isAfter(day);
        return new QuotaRules.Facts(declared.idNumber(), true, alive, valid == null ? null : valid.level(),
                declared.contractFrom(), declared.contractTo(), declared.insuranceMonths(), declared.monthlyWage(), day);
    }

    private static DeclaredEmployee.Declared declared(DemoDataGenerator.DemoPerson d, LocalDate contractFrom,
                                                      int insuranceMonths, BigDecimal monthlyWage) {
        Certificate c = d.certificates().get(0);
        return new DeclaredEmployee.Declared(d.person().idNumber(), c.number().value(), c.level().code(), contractFrom,
                null, insuranceMonths, monthlyWage);
    }

    private DemoDataGenerator.DemoPerson pick(List<DemoDataGenerator.DemoPerson> pool,
                                              Set<DemoDataGenerator.DemoPerson> taken) {
        for (int tries = 0; tries < 10 && !pool.isEmpty(); tries++) {
            DemoDataGenerator.DemoPerson d = pool.get(random.nextInt(pool.size()));
            if (taken.add(d)) {
                return d;
            }
        }
        return null;
    }

    /** A monthly wage of {@code times} the year's minimum wage, to the yuan. */
    private BigDecimal wage(int year, double times) {
        return new BigDecimal(valueOn(QuotaRules.MINIMUM_WAGE, LocalDate.of(year, 12, 31)))
                .multiply(BigDecimal.valueOf(times)).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    /** A yearly average wage per employee: organs and institutions a little above enterprises, some above the cap. */
    private BigDecimal averageWage(int year, EmployerKind kind) {
        BigDecimal local = new BigDecimal(valueOn(FundRules.LOCAL_AVERAGE_WAGE, LocalDate.of(year, 1, 1)));
        double factor = (kind == EmployerKind.ENTERPRISE ? 0.8 : 1.1) + random.nextDouble() * 0.4;
        return local.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_UP);
    }

    /** The quota rules in force on the verification day (as {@code QuotaService} reads them). */
    QuotaRules.Policy quotaPolicy(LocalDate day) {
        return new QuotaRules.Policy(integer(QuotaRules.MIN_AGE, day), integer(QuotaRules.MAX_AGE_PREFIX + "MALE", day),
                integer(QuotaRules.MAX_AGE_PREFIX + "FEMALE", day), integer(QuotaRules.MIN_CONTRACT_MONTHS, day),
                integer(QuotaRules.MIN_INSURANCE_MONTHS, day), new BigDecimal(valueOn(QuotaRules.MINIMUM_WAGE, day)));
    }

    /** The fund rules of a year, read on its first day (as {@code SecurityFundService.policy} reads them). */
    FundRules.Policy fundPolicy(int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return new FundRules.Policy(decimal(FundRules.RATIO, day), decimal(FundRules.CAP_MULTIPLE, day),
                decimal(FundRules.LOCAL_AVERAGE_WAGE, day), decimal(FundRules.EXEMPT_STAFF, day).intValueExact(),
                decimal(FundRules.TIER_RATIO, day), decimal(FundRules.SHARE_AT_OR_ABOVE, day),
                decimal(FundRules.SHARE_BELOW, day));
    }

    private int integer(String key, LocalDate day) {
        return Integer.parseInt(valueOn(key, day));
    }

    private BigDecimal decimal(String key, LocalDate day) {
        return new BigDecimal(valueOn(key, day));
    }

    private String valueOn(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    private String districtStaff(String county) {
        return staff.stream().filter(u -> u.role() == StaffRole.DISTRICT_STAFF && u.jurisdiction().value().equals(county))
                .map(StaffUser::username).findFirst().orElse("dpf-" + county);
    }

    /**
     * A valid code: registering authority and kind, the county, an organisation code drawn from the alphabet,
     * then its check character; never one already given.
     */
    private CreditCode creditCode(String authorityAndKind, String county, Set<String> given) {
        while (true) {
            StringBuilder b = new StringBuilder(authorityAndKind).append(county);
            for (int i = 0; i < 9; i++) {
                b.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(i < 8 ? 31 : 10)));
            }
            b.append(CreditCode.checkCharacter(b.toString()));
            if (given.add(b.toString())) {
                return CreditCode.of(b.toString());
            }
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }
}
