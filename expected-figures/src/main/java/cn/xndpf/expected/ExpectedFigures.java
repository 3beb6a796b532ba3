package cn.xndpf.expected;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures every catalogued indicator should have, worked out again from the raw tables with plain SQL
 * reads and Java, independently of the application's calculators: each calculator key has its own
 * restatement here, and an indicator naming a key this class does not know fails.
 * Keys of the result: {@code indicator|county|DIMENSION|value} → value in the stored unit.
 *
 * <p>One restatement for two users: {@code StatisticsJobsIT} checks every published figure against it, and the
 * benchmark times it as the reference of the statistics job (issue 10) and checks the job's figures against it
 * too. So it lives in a module of its own that depends on nothing but the JDK: the integration tests add it to
 * their test WAR, the benchmark takes it without the integration tests' classpath.
 */
public final class ExpectedFigures {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** One counted record with the attributes the breakdowns use. */
    record Rec(Object key, String division, Integer category, Integer level, String sex, LocalDate birth,
               Integer urban, BigDecimal amount) {
    }

    record Band(String code, int min, Integer max) {
    }

    private final DataSource ds;
    private final LocalDate from;
    private final LocalDate to;
    private final Instant fromInstant;
    private final Instant endInstant;
    private final List<Band> bands = new ArrayList<>();

    public ExpectedFigures(DataSource ds, LocalDate from, LocalDate to) throws SQLException {
        this.ds = ds;
        this.from = from;
        this.to = to;
        this.fromInstant = from.atStartOfDay(BEIJING).toInstant();
        this.endInstant = to.plusDays(1).atStartOfDay(BEIJING).toInstant();
        for (Object[] r : rows("SELECT code, min_age, max_age FROM stat_age_band")) {
            bands.add(new Band((String) r[0], ((Number) r[1]).intValue(), r[2] == null ? null : ((Number) r[2]).intValue()));
        }
    }

    /** Expected figures of one indicator for the given counties. */
    public Map<String, BigDecimal> of(String code, String calculator, String arg, String denCalculator, String denArg,
                               List<String> dims, List<String> counties) throws SQLException {
        List<Rec> num = records(calculator, arg);
        List<Rec> den = denCalculator == null ? null : records(denCalculator, denArg);
        Map<String, BigDecimal> out = new TreeMap<>();
        List<String> all = new ArrayList<>(dims);
        all.add(0, "TOTAL");
        for (String county : counties) {
            for (String dim : all) {
                Map<String, BigDecimal> n = sums(num, county, dim);
                if (den == null) {
                    n.forEach((v, x) -> out.put(code + "|" + county + "|" + dim + "|" + v, x.setScale(2)));
                } else {
                    Map<String, BigDecimal> d = sums(den, county, dim);
                    Set<String> values = new HashSet<>(n.keySet());
                    values.addAll(d.keySet());
                    for (String v : values) {
                        BigDecimal a = n.getOrDefault(v, BigDecimal.ZERO);
                        BigDecimal b = d.getOrDefault(v, BigDecimal.ZERO);
                        out.put(code + "|" + county + "|" + dim + "|" + v, b.signum() == 0 ? new BigDecimal("0.00")
                                : a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every active indicator of the catalogue for the given counties, as {@code StatisticsJobsIT} and the
     * benchmark compare them with what a job published (values as plain strings with two decimals).
     */
    public Map<String, String> everyIndicator(List<String> counties) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (Object[] r : rows("SELECT code, calculator, calculator_arg, denominator_calculator, denominator_arg,"
                + " dimensions FROM stat_indicator WHERE active = 1")) {
            List<String> dims = new ArrayList<>();
            for (String d : (r[5] == null ? "" : (String) r[5]).split(",")) {
                if (!d.isBlank()) {
                    dims.add(d.trim());
                }
            }
            of((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], dims, counties)
                    .forEach((k, v) -> out.put(k, v.setScale(2).toPlainString()));
        }
        return out;
    }

    /** The county-level divisions under a city, in code order. */
    public static List<String> counties(DataSource ds, String city) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT code FROM division"
                + " WHERE parent_code = ? AND div_level = 'COUNTY' ORDER BY code")) {
            s.setString(1, city);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * The figures published for a period under a division prefix (the city's four digits), keyed like
     * {@link #everyIndicator}.
     */
    public static Map<String, String> published(DataSource ds, String periodType, LocalDate periodStart,
                                                String divisionPrefix) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT indicator_code,"
                + " division_code, dimension, dim_value, figure_value FROM stat_figure WHERE period_type = ?"
                + " AND period_start = ? AND division_code LIKE ?")) {
            s.setString(1, periodType);
            s.setDate(2, Date.valueOf(periodStart));
            s.setString(3, divisionPrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4),
                            r.getBigDecimal(5).setScale(2).toPlainString());
                }
            }
        }
        return out;
    }

    private Map<String, BigDecimal> sums(List<Rec> recs, String county, String dim) {
        Map<String, BigDecimal> m = new HashMap<>();
        if (dim.equals("TOTAL")) {
            m.put("-", BigDecimal.ZERO);
        }
        for (Rec r : recs) {
            if (r.division() == null || !r.division().startsWith(county)) {
                continue;
            }
            m.merge(valueOf(r, dim), r.amount(), BigDecimal::add);
        }
        return m;
    }

    private String valueOf(Rec r, String dim) {
        Object v = switch (dim) {
            case "TOTAL" -> "-";
            case "CATEGORY" -> r.category();
            case "LEVEL" -> r.level();
            case "SEX" -> r.sex();
            case "URBAN" -> r.urban();
            case "TOWNSHIP" -> r.division().length() >= 9 ? r.division().substring(0, 9) : r.division();
            case "AGE_BAND" -> {
                if (r.birth() == null) {
                    yield null;
                }
                int age = Period.between(r.birth(), to).getYears();
                yield bands.stream().filter(b -> age >= b.min() && (b.max() == null || age <= b.max()))
                        .map(Band::code).findFirst().orElse(null);
            }
            default -> throw new AssertionError("unknown dimension " + dim);
        };
        return v == null ? "NA" : v.toString();
    }

    private List<Rec> records(String calculator, String arg) throws SQLException {
        return switch (calculator) {
            case "registry.holders" -> certificates(c -> validOn(c, to));
            case "registry.newCertificates" -> certificates(c -> within(date(c[5])));
            case "registry.cancelledCertificates" -> certificates(c -> c[6] != null && within(date(c[6])));
            case "registry.holderHouseholds" -> households();
            case "workflow.applications" -> cases(programs(arg), (id, ev) -> ev.stream().anyMatch(e ->
                    e.type.equals("SUBMITTED") && inWindow(e.at)), false);
            case "workflow.approvals" -> cases(programs(arg), (id, ev) -> ev.stream().anyMatch(e ->
                    e.type.equals("REVIEWED") && e.to.equals("APPROVED") && inWindow(e.at)), false);
            case "workflow.activeAtEnd" -> cases(programs(arg), (id, ev) -> activeAtEnd(ev), false);
            case "workflow.activePersonsAtEnd" -> cases(programs(arg), (id, ev) -> activeAtEnd(ev), true);
            case "subsidy.eligible" -> eligible(arg, false);
            case "subsidy.eligibleRecipients" -> eligible(arg, true);
            case "subsidy.paid" -> payments(arg, true);
            case "subsidy.payments" -> payments(arg, false);
            case "care.inCare" -> inCare(arg);
            case "care.personTimes" -> careSettled(true);
            case "care.subsidyPaid" -> careSettled(false);
            case "education.grantStudents" -> grants(true);
            case "education.grantAmount" -> grants(false);
            case "education.grantPaid" -> grantPayments();
            case "education.feeReliefs" -> feeReliefs(false);
            case "education.feeReliefAmount" -> feeReliefs(true);
            case "education.compulsoryChildren" -> compulsoryChildren(false);
            case "education.compulsoryEnrolled" -> compulsoryChildren(true);
            case "rights.petitionsReceived" -> petitions(r -> within(date(r[1])));
            case "rights.petitionsClosed" -> petitions(r -> "CLOSED".equals(r[3]) && within(date(r[4])));
            case "rights.petitionsAccepted" -> petitions(r -> r[2] != null && within(date(r[2])));
            case "rights.petitionsAcceptedClosed" -> petitions(r -> r[2] != null && within(date(r[2]))
                    && "CLOSED".equals(r[3]) && !date(r[4]).isAfter(to));
            case "rights.legalMatters" -> legalMatters(arg);
            case "rights.fuelSubsidyPaid" -> fuelSubsidies(false);
            case "rights.fuelSubsidyAmount" -> fuelSubsidies(true);
            case "culture.events" -> cultureEvents();
            case "rehabilitation.funds" -> rehabilitationFunds();
            case "rehabilitation.peopleServed" -> basicServices(true);
            case "rehabilitation.devicesIssued" -> devicesIssued(false);
            case "rehabilitation.needing" -> needing(false, false);
            case "rehabilitation.servedOfNeeding" -> needing(true, false);
            case "rehabilitation.childrenNeeding" -> needing(false, true);
            case "rehabilitation.childrenAided" -> needing(true, true);
            case "employment.quotaPlaced" -> quotaPlaced();
            case "employment.fundDue" -> securityFunds(r -> (BigDecimal) r[2]);
            case "employment.fundCollected" -> securityFunds(r -> r[3] == null ? BigDecimal.ZERO : (BigDecimal) r[3]);
            case "employment.fundOutstanding" -> securityFunds(r -> ((BigDecimal) r[2])
                    .subtract(r[3] == null ? BigDecimal.ZERO : (BigDecimal) r[3]).max(BigDecimal.ZERO));
            case "employment.trainingPersonTimes" -> onDayWithin("SELECT a.id, c.division_code, c.ends_on, 1"
                    + " FROM training_attendance a JOIN training_course c ON c.id = a.course_id");
            case "employment.trainingCost" -> onDayWithin("SELECT id, division_code, ends_on, total_cost FROM training_course");
            case "employment.jobFairs" -> onDayWithin("SELECT id, division_code, held_on, 1 FROM job_fair");
            case "employment.placements" -> onDayWithin("SELECT id, division_code, started_on, 1 FROM employment_placement");
            case "employment.shelteredInstitutions" -> shelteredInstitutions();
            case "employment.shelteredWorkers" -> shelteredWorkers();
            case "employment.shelteredSubsidy" -> onDayWithin("SELECT id, division_code, subsidy_month, amount"
                    + " FROM sheltered_subsidy");
            case "employment.basesNew" -> onDayWithin("SELECT id, division_code, recognised_on, 1 FROM employment_base");
            // poverty (脱贫解困)
            case "poverty.lifted" -> householdsOnce("SELECT household_id, division_code, effective_on FROM poverty_status"
                    + " WHERE status = 'LIFTED'");
            case "poverty.monitored" -> householdsOnce("SELECT household_id, division_code, started_on FROM poverty_monitoring");
            case "poverty.riskRemoved" -> householdsOnce("SELECT household_id, division_code, risk_removed_on"
                    + " FROM poverty_monitoring WHERE risk_removed_on IS NOT NULL");
            case "poverty.mutualAidPaid" -> mutualAidPaid();
            // accessibility
            case "accessibility.homesModified" -> homeModificationsPaid(true);
            case "accessibility.homePaid" -> homeModificationsPaid(false);
            case "accessibility.facilities" -> facilities(arg);
            // social security (社会保障)
            case "socialsecurity.eligible" -> inclusion(false);
            case "socialsecurity.included" -> inclusion(true);
            case "socialsecurity.pensionListed" -> pensionLines(l -> true, false);
            case "socialsecurity.pensionInsured" -> pensionLines(l -> isOne(l[7]), false);
            case "socialsecurity.pensionShare" -> pensionLines(l -> isOne(l[7])
                    && List.of(arg.split(",")).contains(String.valueOf(num(l[3]))), true);
            case "socialsecurity.medicalInsured" -> pensionLines(l -> isOne(l[8]), false);
            default -> throw new AssertionError("the test has no restatement of calculator " + calculator
                    + ": every catalogued indicator must be checked");
        };
    }

    // ---- registry

    /** c: id, division, category, level, status, issued_on, cancelled_on, sex, birth, urban, person, household */
    private List<Object[]> certificateRows() throws SQLException {
        return rows("SELECT c.id, c.division_code, c.category, c.cert_level, c.status, c.issued_on, c.cancelled_on,"
                + " p.sex, p.birth_date, p.urban, p.id, p.household_id FROM certificate c JOIN person p ON p.id = c.person_id");
    }

    private static boolean validOn(Object[] c, LocalDate d) {
        LocalDate issued = date(c[5]);
        LocalDate cancelled = date(c[6]);
        return !issued.isAfter(d) && ("VALID".equals(c[4]) || (cancelled != null && cancelled.isAfter(d)));
    }

    private boolean within(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private List<Rec> certificates(Predicate<Object[]> keep) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] c : certificateRows()) {
            if (keep.test(c)) {
                out.add(new Rec(c[0], (String) c[1], num(c[2]), num(c[3]), (String) c[7], date(c[8]), num(c[9]),
                        BigDecimal.ONE));
            }
        }
        return out;
    }

    private List<Rec> households() throws SQLException {
        Set<Object> holding = new HashSet<>();
        for (Object[] c : certificateRows()) {
            if (c[11] != null && validOn(c, to)) {
                holding.add(((Number) c[11]).longValue());
            }
        }
        List<Rec> out = new ArrayList<>();
        for (Object[] h : rows("SELECT id, division_code, urban FROM household")) {
            if (holding.contains(((Number) h[0]).longValue())) {
                out.add(new Rec(h[0], (String) h[1], null, null, null, null, num(h[2]), BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- workflow

    record Event(long id, String type, String to, Instant at) {
    }

    interface CaseTest {
        boolean test(long caseId, List<Event> events);
    }

    private boolean inWindow(Instant at) {
        return !at.isBefore(fromInstant) && at.isBefore(endInstant);
    }

    private boolean activeAtEnd(List<Event> events) {
        Event last = null;
        for (Event e : events) {
            if (!e.at.isBefore(endInstant)) {
                continue;
            }
            if (last == null || e.at.isAfter(last.at) || (e.at.equals(last.at) && e.id > last.id)) {
                last = e;
            }
        }
        return last != null && last.to.equals("ACTIVE");
    }

    private Map<Long, List<Event>> events() throws SQLException {
        Map<Long, List<Event>> m = new HashMap<>();
        for (Object[] e : rows("SELECT case_id, id, event_type, state_to, occurred_at FROM case_event")) {
            m.computeIfAbsent(((Number) e[0]).longValue(), k -> new ArrayList<>()).add(new Event(((Number) e[1]).longValue(),
                    (String) e[2], (String) e[3], instant(e[4])));
        }
        return m;
    }

    /** The person's current certificate: category, level. */
    private Map<Long, Integer[]> currentCertificates() throws SQLException {
        Map<Long, Integer[]> m = new HashMap<>();
        for (Object[] c : rows("SELECT person_id, category, cert_level FROM certificate WHERE current_cert = 1")) {
            m.put(((Number) c[0]).longValue(), new Integer[]{num(c[1]), num(c[2])});
        }
        return m;
    }

    private List<Rec> cases(Set<String> programs, CaseTest keep, boolean distinctPersons) throws SQLException {
        Map<Long, List<Event>> events = events();
        Map<Long, Integer[]> current = currentCertificates();
        List<Rec> out = new ArrayList<>();
        Set<Long> persons = new HashSet<>();
        for (Object[] c : rows("SELECT pc.id, pc.program_code, pc.division_code, p.id, p.sex, p.birth_date, p.urban,"
                + " p.division_code FROM program_case pc JOIN person p ON p.id = pc.person_id ORDER BY pc.id")) {
            long id = ((Number) c[0]).longValue();
            if (!programs.contains((String) c[1]) || !keep.test(id, events.getOrDefault(id, List.of()))) {
                continue;
            }
            long person = ((Number) c[3]).longValue();
            Integer[] cert = current.getOrDefault(person, new Integer[]{null, null});
            if (distinctPersons) {
                if (persons.add(person)) {
                    out.add(new Rec(person, (String) c[7], cert[0], cert[1], (String) c[4], date(c[5]), num(c[6]),
                            BigDecimal.ONE));
                }
            } else {
                out.add(new Rec(id, (String) c[2], cert[0], cert[1], (String) c[4], date(c[5]), num(c[6]),
                        BigDecimal.ONE));
            }
        }
        return out;
    }

    private static Set<String> programs(String arg) {
        Set<String> s = new HashSet<>();
        for (String p : arg.split(",")) {
            s.add(p.trim());
        }
        return s;
    }

    // ---- the two subsidies

    private boolean setting(String key) throws SQLException {
        return Boolean.parseBoolean(settingValue(key));
    }

    private List<Rec> eligible(String arg, boolean receiving) throws SQLException {
        List<String> types = arg == null || arg.equals("ALL") ? List.of("LIVING", "NURSING") : List.of(arg);
        Map<Long, Set<String>> statuses = new HashMap<>();
        for (Object[] a : rows("SELECT household_id, status, valid_from, valid_to FROM household_assistance")) {
            if (!(date(a[2])).isAfter(to) && (a[3] == null || !(date(a[3])).isBefore(to))) {
                statuses.computeIfAbsent(((Number) a[0]).longValue(), k -> new HashSet<>()).add((String) a[1]);
            }
        }
        Map<Long, Set<String>> overlaps = new HashMap<>();
        for (Object[] b : rows("SELECT person_id, benefit_type, valid_from, valid_to FROM overlapping_benefit")) {
            if (!(date(b[2])).isAfter(to) && (b[3] == null || !(date(b[3])).isBefore(to))) {
                overlaps.computeIfAbsent(((Number) b[0]).longValue(), k -> new HashSet<>()).add((String) b[1]);
            }
        }
        Map<Long, List<Event>> events = events();
        Map<String, Set<Long>> activePersons = new HashMap<>();
        for (Object[] c : rows("SELECT id, program_code, person_id FROM program_case")) {
            if (activeAtEnd(events.getOrDefault(((Number) c[0]).longValue(), List.of()))) {
                activePersons.computeIfAbsent((String) c[1], k -> new HashSet<>()).add(((Number) c[2]).longValue());
            }
        }
        boolean lowIncome = setting("subsidy.living.includesLowIncome");
        boolean widened = setting("subsidy.nursing.includesLevel34IntellectualMental");
        Map<Long, LocalDate> deaths = new HashMap<>();
        Map<Long, String> personDivision = new HashMap<>();
        for (Object[] p : rows("SELECT id, death_date, division_code FROM person")) {
            deaths.put(((Number) p[0]).longValue(), date(p[1]));
            personDivision.put(((Number) p[0]).longValue(), (String) p[2]);
        }
        List<Rec> out = new ArrayList<>();
        for (String type : types) {
            Set<Long> counted = new HashSet<>();
            for (Object[] c : certificateRows()) {
                long person = ((Number) c[10]).longValue();
                if (!validOn(c, to) || counted.contains(person)) {
                    continue;
                }
                LocalDate death = deaths.get(person);
                if (death != null && !death.isAfter(to)) {
                    continue;
                }
                Set<String> o = overlaps.getOrDefault(person, Set.of());
                Set<String> st = c[11] == null ? Set.of() : statuses.getOrDefault(((Number) c[11]).longValue(), Set.of());
                int level = num(c[3]);
                int category = num(c[2]);
                boolean ok;
                if (type.equals("LIVING")) {
                    ok = !o.contains("ORPHAN_LIVING") && (st.contains("DIBAO") || (lowIncome && st.contains("LOW_INCOME")));
                } else {
                    ok = !o.contains("WORK_INJURY_NURSING") && !o.contains("VETERAN_NURSING")
                            && !st.contains("TEKUN_CENTRALISED")
                            && (level <= 2 || (widened && (category == 5 || category == 6)));
                }
                if (ok && receiving) {
                    ok = activePersons.getOrDefault(type + "_SUBSIDY", Set.of()).contains(person);
                }
                if (ok) {
                    counted.add(person);
                    out.add(new Rec(person, personDivision.get(person), category, level, (String) c[7],
                            date(c[8]), num(c[9]), BigDecimal.ONE));
                }
            }
        }
        return out;
    }

    private List<Rec> payments(String arg, boolean amounts) throws SQLException {
        List<String> types = arg == null || arg.equals("ALL") ? List.of("LIVING", "NURSING") : List.of(arg);
        List<Rec> out = new ArrayList<>();
        for (Object[] l : rows("SELECT l.id, pc.division_code, l.benefit_level, p.sex, p.birth_date, p.urban, l.amount,"
                + " l.status, l.subsidy_type, r.roll_month FROM payment_line l JOIN payment_roll r ON r.id = l.roll_id"
                + " JOIN program_case pc ON pc.id = l.case_id JOIN person p ON p.id = l.person_id")) {
            LocalDate month = date(l[9]);
            if ("PAID".equals(l[7]) && types.contains((String) l[8]) && !month.isBefore(from.withDayOfMonth(1))
                    && !month.isAfter(to)) {
                out.add(new Rec(l[0], (String) l[1], null, num(l[2]), (String) l[3], date(l[4]), num(l[5]),
                        amounts ? (BigDecimal) l[6] : BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- care

    private static final Map<String, String> CARE_SERVICES = Map.of("BOARDING", "BOARDING_CARE",
            "DAY_CARE", "DAY_CARE", "HOME_CARE", "HOME_CARE");

    private List<Rec> inCare(String arg) throws SQLException {
        Set<String> services = new HashSet<>(arg == null || arg.equals("ALL") ? CARE_SERVICES.values()
                : Set.of(CARE_SERVICES.get(arg)));
        Set<Long> enrolled = new HashSet<>();
        for (Object[] e : rows("SELECT person_id, service_kind, valid_from, valid_to FROM institution_enrolment")) {
            if (services.contains((String) e[1]) && !date(e[2]).isAfter(to) && (e[3] == null || !date(e[3]).isBefore(to))) {
                enrolled.add(((Number) e[0]).longValue());
            }
        }
        Map<Long, Integer[]> current = currentCertificates();
        List<Rec> out = new ArrayList<>();
        for (Object[] p : rows("SELECT id, division_code, sex, birth_date, urban FROM person")) {
            long id = ((Number) p[0]).longValue();
            if (enrolled.contains(id)) {
                Integer[] cert = current.getOrDefault(id, new Integer[]{null, null});
                out.add(new Rec(id, (String) p[1], cert[0], cert[1], (String) p[2], date(p[3]), num(p[4]), BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Settlement lines of months in the window; person-times: each person once a year and division. */
    private List<Rec> careSettled(boolean personTimes) throws SQLException {
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] l : rows("SELECT l.id, s.division_code, p.sex, p.birth_date, p.urban, l.amount, l.units, l.person_id,"
                + " s.settlement_month FROM care_settlement_line l JOIN care_settlement s ON s.id = l.settlement_id"
                + " JOIN person p ON p.id = l.person_id")) {
            LocalDate month = date(l[8]);
            if (month.isBefore(from.withDayOfMonth(1)) || month.isAfter(to)) {
                continue;
            }
            if (!personTimes) {
                out.add(new Rec(l[0], (String) l[1], null, null, (String) l[2], date(l[3]), num(l[4]), (BigDecimal) l[5]));
            } else if (num(l[6]) > 0 && seen.add(l[7] + "|" + month.getYear() + "|" + l[1])) {
                out.add(new Rec(l[7] + "|" + month.getYear(), (String) l[1], null, null, (String) l[2], date(l[3]),
                        num(l[4]), BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- employment

    /** A year counts in the window when its 31 December does. */
    private boolean yearWithin(Object year) {
        return within(LocalDate.of(((Number) year).intValue(), 12, 31));
    }

    /** Each employee the verification recognised, once per employer and year, by the employer's division. */
    private List<Rec> quotaPlaced() throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT de.id, e.division_code, de.declared_year, de.outcome FROM declared_employee de"
                + " JOIN employment_declaration d ON d.id = de.declaration_id JOIN employer e ON e.id = d.employer_id")) {
            if ("RECOGNISED".equals(r[3]) && yearWithin(r[2])) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    /** f: id, division, due, collected, year; the amount of each fund of a year in the window. */
    private List<Rec> securityFunds(java.util.function.Function<Object[], BigDecimal> amount) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT f.id, e.division_code, f.due, f.collected, f.fund_year FROM security_fund f"
                + " JOIN employer e ON e.id = f.employer_id")) {
            if (yearWithin(r[4])) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, amount.apply(r)));
            }
        }
        return out;
    }

    /** r: id, division, day, amount; each row whose day lies in the window, its amount, by its own division. */
    private List<Rec> onDayWithin(String sql) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows(sql)) {
            if (within(date(r[2]))) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, new BigDecimal(r[3].toString())));
            }
        }
        return out;
    }

    /** In force on the window's last day: from on or before it, to open or not before it. */
    private boolean inForceAtEnd(Object validFrom, Object validTo) {
        return !date(validFrom).isAfter(to) && (validTo == null || !date(validTo).isBefore(to));
    }

    /** Institutions of the kind sheltered employment qualified on the last day, by their division. */
    private List<Rec> shelteredInstitutions() throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT id, division_code, kind, valid_from, valid_to FROM institution")) {
            if ("SHELTERED_EMPLOYMENT".equals(r[2]) && inForceAtEnd(r[3], r[4])) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    /** People in sheltered work at such an institution on the last day, once per person and division. */
    private List<Rec> shelteredWorkers() throws SQLException {
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] r : rows("SELECT e.person_id, i.division_code, i.kind, e.service_kind, e.valid_from, e.valid_to"
                + " FROM institution_enrolment e JOIN institution i ON i.id = e.institution_id")) {
            if ("SHELTERED_EMPLOYMENT".equals(r[2]) && "SHELTERED_WORK".equals(r[3]) && inForceAtEnd(r[4], r[5])
                    && seen.add(r[0] + "|" + r[1])) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- poverty (脱贫解困)

    /** r: household, division, day; each household once per division whose day lies in the window. */
    private List<Rec> householdsOnce(String sql) throws SQLException {
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] r : rows(sql)) {
            if (within(date(r[2])) && seen.add(r[0] + "|" + r[1])) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Mutual-aid months paid on a day in the window, their amounts, by the division recorded with the payment. */
    private List<Rec> mutualAidPaid() throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT id, division_code, amount, paid_on FROM mutual_aid_payment")) {
            if (within(date(r[3]))) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, (BigDecimal) r[2]));
            }
        }
        return out;
    }

    // ---- social security (社会保障)

    /** The value of a setting on the window's last day (the row with the newest day not after it), or null. */
    private String settingValue(String key) throws SQLException {
        return settingOn(key, to);
    }

    private static Set<String> list(String setting) {
        Set<String> out = new HashSet<>();
        for (String part : setting == null ? new String[0] : setting.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /**
     * On the window's last day, by V54's settings in force then: living people whose current certificate is valid
     * with a listed level, in a household holding a "poor" status (and, included, an "included" one too).
     */
    private List<Rec> inclusion(boolean included) throws SQLException {
        Set<String> levels = list(settingValue("socialsecurity.inclusion.levels"));
        Set<String> poor = list(settingValue("socialsecurity.inclusion.poorStatuses"));
        Set<String> in = list(settingValue("socialsecurity.inclusion.includedStatuses"));
        Map<Long, Set<String>> held = new HashMap<>();
        for (Object[] a : rows("SELECT household_id, status, valid_from, valid_to FROM household_assistance")) {
            if (!date(a[2]).isAfter(to) && (a[3] == null || !date(a[3]).isBefore(to))) {
                held.computeIfAbsent(((Number) a[0]).longValue(), k -> new HashSet<>()).add((String) a[1]);
            }
        }
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT p.id, p.division_code, c.category, c.cert_level, p.sex, p.birth_date, p.urban,"
                + " p.household_id, p.death_date, c.status, c.issued_on, c.cancelled_on FROM person p"
                + " JOIN certificate c ON c.person_id = p.id WHERE c.current_cert = 1")) {
            boolean living = r[8] == null || date(r[8]).isAfter(to);
            boolean valid = !date(r[10]).isAfter(to) && ("VALID".equals(r[9]) || (r[11] != null && date(r[11]).isAfter(to)));
            Set<String> st = r[7] == null ? Set.of() : held.getOrDefault(((Number) r[7]).longValue(), Set.of());
            boolean eligible = living && valid && levels.contains(String.valueOf(num(r[3])))
                    && st.stream().anyMatch(poor::contains);
            if (eligible && (!included || st.stream().anyMatch(in::contains))) {
                out.add(new Rec(r[0], (String) r[1], num(r[2]), num(r[3]), (String) r[4], date(r[5]), num(r[6]),
                        BigDecimal.ONE));
            }
        }
        return out;
    }

    private static boolean isOne(Object o) {
        return o != null && ((Number) o).intValue() == 1;
    }

    /**
     * l: year, person, division, level, share, sex, birth, pension insured, medical insured, urban: the lines of the
     * lists of the years the window lies in, each one (or its share).
     */
    private List<Rec> pensionLines(Predicate<Object[]> keep, boolean shares) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] l : rows("SELECT l.list_year, l.person_id, l.division_code, l.cert_level, l.government_share,"
                + " p.sex, p.birth_date, a.pension_insured, a.medical_insured, p.urban FROM pension_list_line l"
                + " JOIN person p ON p.id = l.person_id"
                + " LEFT JOIN pension_answer a ON a.list_year = l.list_year AND a.person_id = l.person_id")) {
            int year = num(l[0]);
            if (year >= from.getYear() && year <= to.getYear() && keep.test(l)) {
                out.add(new Rec(l[0] + "|" + l[1], (String) l[2], null, num(l[3]), (String) l[5], date(l[6]), num(l[9]),
                        shares ? (BigDecimal) l[4] : BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- accessibility

    /** Modifications whose contractor was paid in the window; households: each once per division. */
    private List<Rec> homeModificationsPaid(boolean households) throws SQLException {
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] r : rows("SELECT h.case_id, pc.division_code, h.household_id, h.paid_amount, h.paid_on"
                + " FROM home_modification_case h JOIN program_case pc ON pc.id = h.case_id")) {
            if (r[4] == null || !within(date(r[4]))) {
                continue;
            }
            if (!households) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, (BigDecimal) r[3]));
            } else if (seen.add(r[2] + "|" + r[1])) {
                out.add(new Rec(r[2], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    /**
     * Inventory entries of the kind counted by the window's last day, each its count in force then: of its counts
     * dated by that day, the latest (a count dated later is not yet in force).
     */
    private List<Rec> facilities(String kind) throws SQLException {
        Map<Object, Object[]> inForce = new HashMap<>();
        for (Object[] r : rows("SELECT f.id, f.division_code, f.kind, c.quantity, c.counted_on FROM accessible_facility f"
                + " JOIN accessible_facility_count c ON c.facility_id = f.id")) {
            if (!kind.equals(r[2]) || date(r[4]).isAfter(to)) {
                continue;
            }
            inForce.merge(r[0], r, (a, b) -> date(a[4]).isAfter(date(b[4])) ? a : b);
        }
        List<Rec> out = new ArrayList<>();
        for (Object[] r : inForce.values()) {
            out.add(new Rec(r[0], (String) r[1], null, null, null, null, null,
                    new BigDecimal(((Number) r[3]).toString())));
        }
        return out;
    }

    // ---- rights and culture

    /** p: division, received_on, accepted_on, state, closed_on; each kept petition counts one. */
    private List<Rec> petitions(Predicate<Object[]> keep) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT division_code, received_on, accepted_on, state, closed_on, id FROM petition")) {
            if (keep.test(r)) {
                out.add(new Rec(r[5], (String) r[0], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    private List<Rec> legalMatters(String kind) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT id, division_code, kind, opened_on FROM legal_matter")) {
            if (kind.equals(r[2]) && within(date(r[3]))) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Fuel subsidies paid in the window: each case once, by its division and the owner's residence. */
    private List<Rec> fuelSubsidies(boolean amounts) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT pc.id, pc.division_code, p.urban, f.amount, f.paid_on FROM program_case pc"
                + " JOIN fuel_subsidy_case f ON f.case_id = pc.id JOIN person p ON p.id = pc.person_id")) {
            if (r[4] != null && within(date(r[4]))) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, num(r[2]),
                        amounts ? (BigDecimal) r[3] : BigDecimal.ONE));
            }
        }
        return out;
    }

    private List<Rec> cultureEvents() throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT id, division_code, held_on FROM culture_event")) {
            if (within(date(r[2]))) {
                out.add(new Rec(r[0], (String) r[1], null, null, null, null, null, BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- education

    /** Grant cases finally approved in the window; students: each ID number once per cell (division, urban). */
    private List<Rec> grants(boolean students) throws SQLException {
        Map<Long, List<Event>> events = events();
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] g : rows("SELECT pc.id, pc.division_code, p.urban, g.student_id_number, g.grant_amount"
                + " FROM program_case pc JOIN education_grant_case g ON g.case_id = pc.id JOIN person p ON p.id = pc.person_id"
                + " WHERE pc.program_code = 'EDUCATION_GRANT'")) {
            boolean approved = events.getOrDefault(((Number) g[0]).longValue(), List.of()).stream().anyMatch(e ->
                    e.type.equals("REVIEWED") && e.to.equals("APPROVED") && inWindow(e.at));
            if (!approved) {
                continue;
            }
            if (!students) {
                out.add(new Rec(g[0], (String) g[1], null, null, null, null, num(g[2]), (BigDecimal) g[4]));
            } else if (seen.add(g[3] + "|" + g[1] + "|" + g[2])) {
                out.add(new Rec(g[3], (String) g[1], null, null, null, null, num(g[2]), BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Grant payments whose day lies in the window, by the division recorded with the payment. */
    private List<Rec> grantPayments() throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] g : rows("SELECT gp.id, gp.division_code, p.urban, gp.amount, gp.paid_on FROM education_grant_payment gp"
                + " JOIN program_case pc ON pc.id = gp.case_id JOIN person p ON p.id = pc.person_id")) {
            if (within(date(g[4]))) {
                out.add(new Rec(g[0], (String) g[1], null, null, null, null, num(g[2]), (BigDecimal) g[3]));
            }
        }
        return out;
    }

    /** Reliefs of terms opening in the window: autumn terms on 1 September, spring terms on 1 March after. */
    private List<Rec> feeReliefs(boolean amounts) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] r : rows("SELECT r.id, r.division_code, p.sex, p.birth_date, p.urban, r.amount, r.school_year, r.term"
                + " FROM education_fee_relief r JOIN person p ON p.id = r.person_id")) {
            int year = num(r[6]);
            LocalDate opens = num(r[7]) == 1 ? LocalDate.of(year, 9, 1) : LocalDate.of(year + 1, 3, 1);
            if (within(opens)) {
                out.add(new Rec(r[0], (String) r[1], null, null, (String) r[2], date(r[3]), num(r[4]),
                        amounts ? (BigDecimal) r[5] : BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Children of the age band on the first day of the school year in progress on the window's last day. */
    private List<Rec> compulsoryChildren(boolean enrolledOnly) throws SQLException {
        int schoolYear = to.getMonthValue() >= 9 ? to.getYear() : to.getYear() - 1;
        LocalDate day = LocalDate.of(schoolYear, 9, 1);
        int ageFrom = Integer.parseInt(settingOn("education.compulsory.ageFrom", day));
        int ageTo = Integer.parseInt(settingOn("education.compulsory.ageTo", day));
        Set<Long> holding = new HashSet<>();
        for (Object[] c : certificateRows()) {
            if (validOn(c, day)) {
                holding.add(((Number) c[10]).longValue());
            }
        }
        Set<Long> enrolled = new HashSet<>();
        for (Object[] r : rows("SELECT person_id, school_year, enrolled FROM education_enrolment_report")) {
            if (num(r[1]) == schoolYear && num(r[2]) == 1) {
                enrolled.add(((Number) r[0]).longValue());
            }
        }
        Map<Long, Integer[]> current = currentCertificates();
        List<Rec> out = new ArrayList<>();
        for (Object[] p : rows("SELECT id, division_code, sex, birth_date, urban FROM person")) {
            long id = ((Number) p[0]).longValue();
            LocalDate birth = date(p[3]);
            if (birth == null || !holding.contains(id) || (enrolledOnly && !enrolled.contains(id))) {
                continue;
            }
            int age = Period.between(birth, day).getYears();
            if (age >= ageFrom && age <= ageTo) {
                Integer[] cert = current.getOrDefault(id, new Integer[]{null, null});
                out.add(new Rec(id, (String) p[1], cert[0], cert[1], (String) p[2], birth, num(p[4]), BigDecimal.ONE));
            }
        }
        return out;
    }

    // ---- rehabilitation

    /**
     * Basic services (training, device fitting) recorded by rehabilitation institutions on a day of the window;
     * people: each person once per division, else each record at its amount.
     */
    private List<Rec> basicServices(boolean people) throws SQLException {
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] r : rows("SELECT r.id, r.division_code, p.sex, p.birth_date, p.urban, r.amount, r.person_id,"
                + " r.service_date, r.service_kind, i.kind FROM service_record r JOIN institution i ON i.id = r.institution_id"
                + " JOIN person p ON p.id = r.person_id")) {
            if (!"REHABILITATION".equals(r[9]) || !Set.of("REHABILITATION_TRAINING", "DEVICE_FITTING").contains((String) r[8])
                    || !within(date(r[7]))) {
                continue;
            }
            if (!people) {
                out.add(new Rec("S" + r[0], (String) r[1], null, null, (String) r[2], date(r[3]), num(r[4]), (BigDecimal) r[5]));
            } else if (seen.add(r[6] + "|" + r[1])) {
                out.add(new Rec(r[6], (String) r[1], null, null, (String) r[2], date(r[3]), num(r[4]), BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Device cases issued or lent on a day of the window: one each, or at the catalogue row's price. */
    private List<Rec> devicesIssued(boolean atPrice) throws SQLException {
        List<Rec> out = new ArrayList<>();
        for (Object[] d : rows("SELECT pc.id, pc.division_code, p.sex, p.birth_date, p.urban, a.price, dc.issued_on"
                + " FROM program_case pc JOIN device_case dc ON dc.case_id = pc.id JOIN assistive_device a ON a.id = dc.device_id"
                + " JOIN person p ON p.id = pc.person_id WHERE pc.program_code = 'ASSISTIVE_DEVICE'")) {
            if (d[6] != null && within(date(d[6]))) {
                out.add(new Rec("D" + d[0], (String) d[1], null, null, (String) d[2], date(d[3]), num(d[4]),
                        atPrice ? (BigDecimal) d[5] : BigDecimal.ONE));
            }
        }
        return out;
    }

    /** Services at their amounts, children's aid finally approved in the window, devices issued at their price. */
    private List<Rec> rehabilitationFunds() throws SQLException {
        List<Rec> out = new ArrayList<>(basicServices(false));
        Map<Long, List<Event>> events = events();
        for (Object[] a : rows("SELECT pc.id, pc.division_code, p.sex, p.birth_date, p.urban, c.amount FROM program_case pc"
                + " JOIN child_rehabilitation_case c ON c.case_id = pc.id JOIN person p ON p.id = pc.person_id"
                + " WHERE pc.program_code = 'CHILD_REHABILITATION'")) {
            boolean approved = events.getOrDefault(((Number) a[0]).longValue(), List.of()).stream().anyMatch(e ->
                    e.type.equals("REVIEWED") && e.to.equals("APPROVED") && inWindow(e.at));
            if (approved) {
                out.add(new Rec("A" + a[0], (String) a[1], null, null, (String) a[2], date(a[3]), num(a[4]), (BigDecimal) a[5]));
            }
        }
        out.addAll(devicesIssued(true));
        return out;
    }

    /**
     * People assessed as needing on a day of the window, once per division; served: with a basic service of the
     * window recorded anywhere; children: aged within the aid's band (in force on the window's first day) on the
     * assessment's day, and (served) with an aid case of a year of the window approved.
     */
    private List<Rec> needing(boolean served, boolean children) throws SQLException {
        Set<Long> servedPeople = new HashSet<>();
        for (Rec r : basicServices(true)) {
            servedPeople.add(((Number) r.key()).longValue());
        }
        int minAge = children ? Integer.parseInt(settingOn("rehabilitation.childAid.minAge", from)) : 0;
        int maxAge = children ? Integer.parseInt(settingOn("rehabilitation.childAid.maxAge", from)) : 0;
        Set<Long> aided = new HashSet<>();
        for (Object[] a : rows("SELECT pc.person_id, c.aid_year, pc.state FROM program_case pc"
                + " JOIN child_rehabilitation_case c ON c.case_id = pc.id WHERE pc.program_code = 'CHILD_REHABILITATION'")) {
            if (num(a[1]) >= from.getYear() && num(a[1]) <= to.getYear()
                    && Set.of("APPROVED", "ACTIVE", "SUSPENDED", "TERMINATED").contains((String) a[2])) {
                aided.add(((Number) a[0]).longValue());
            }
        }
        List<Rec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object[] a : rows("SELECT a.person_id, a.division_code, p.sex, p.birth_date, p.urban, a.assessed_on"
                + " FROM rehabilitation_assessment a JOIN person p ON p.id = a.person_id WHERE a.needs_service = 1")) {
            long person = ((Number) a[0]).longValue();
            LocalDate assessed = date(a[5]);
            if (!within(assessed)) {
                continue;
            }
            if (children) {
                int age = Period.between(date(a[3]), assessed).getYears();
                if (age < minAge || age > maxAge || (served && !aided.contains(person))) {
                    continue;
                }
            } else if (served && !servedPeople.contains(person)) {
                continue;
            }
            if (seen.add(person + "|" + a[1])) {
                out.add(new Rec(person, (String) a[1], null, null, (String) a[2], date(a[3]), num(a[4]), BigDecimal.ONE));
            }
        }
        return out;
    }

    /** The value of a setting on a day (the row with the newest day not after it), or null. */
    private String settingOn(String key, LocalDate day) throws SQLException {
        String value = null;
        LocalDate best = null;
        for (Object[] r : rows("SELECT setting_value, valid_from FROM policy_setting WHERE setting_key = '" + key + "'")) {
            LocalDate d = date(r[1]);
            if (!d.isAfter(day) && (best == null || d.isAfter(best))) {
                best = d;
                value = (String) r[0];
            }
        }
        return value;
    }

    // ---- plumbing

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        throw new AssertionError("not a date: " + o.getClass());
    }

    static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime t) {
            return Timestamp.valueOf(t).toInstant();
        }
        throw new AssertionError("not a timestamp: " + o);
    }

    private static Integer num(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private List<Object[]> rows(String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = r.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
