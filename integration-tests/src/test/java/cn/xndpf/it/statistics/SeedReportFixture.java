package cn.xndpf.it.statistics;

import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.person.IdNumber;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records that add up to the two-subsidy figures of the federation's five-year report (2018-2022): 2.62亿元
 * paid and 100% of the eligible covered. They live in a test city of their own, 639900 统计测试市, with two
 * counties, so no demo record and no other test touches them; a provincial administrator (jurisdiction
 * 630000) is the only one who sees both cities.
 * <ul>
 *   <li>20 people of level 3-4 in 低保 households, on the living subsidy since November 2017: 60 monthly
 *       payments each of 110,000.00 (1,200 lines, 1.32亿元);</li>
 *   <li>20 people of level 1-2 whose certificates were issued in August 2019, on the nursing subsidy since
 *       September 2019: 40 monthly payments each of 162,500.00 (800 lines, 1.30亿元);</li>
 *   <li>ten payments the bank refused (FAILED) and paid again in the next month's roll, and one pending line
 *       of January 2023: neither counts.</li>
 * </ul>
 * The care and education records that add up to those programs' figures are described at {@link #care} and
 * {@link #education}.
 * Poverty's mutual aid is the one exception to the test city: its pilots are Xining's (大通县, 湟中区), so
 * {@link #poverty} writes those payments and their households in Xining, in years no other test pays.
 * The fixture has fewer people and larger lines than Xining has; what is tested is that the counting, the
 * money in 万元 and the coverage come out exactly as the report states them.
 */
final class SeedReportFixture {

    static final String CITY = "639900";
    static final String ADMIN = "stat-province";
    static final String PASSWORD = "province123";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal LIVING_MONTHLY = new BigDecimal("110000.00");
    private static final BigDecimal NURSING_MONTHLY = new BigDecimal("162500.00");

    private long nextId = -60_000_000;
    /** Event ids grow in the order events happened (the timeline's tie-break). */
    private long nextEvent = -200_000_000;
    private final Map<String, Long> rolls = new HashMap<>();

    void write(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            division(c, CITY, "统计测试市", "630000", "CITY", 1);
            division(c, "639901", "测试甲区", CITY, "COUNTY", 1);
            division(c, "639902", "测试乙县", CITY, "COUNTY", 0);
            division(c, "639901001", "甲区街道", "639901", "TOWNSHIP", 1);
            division(c, "639902001", "乙县镇", "639902", "TOWNSHIP", 0);
            division(c, "639901001001", "甲区社区", "639901001", "COMMUNITY", 1);
            division(c, "639902001001", "乙县村", "639902001", "COMMUNITY", 0);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_user (username, display_name, password_hash,"
                    + " staff_role, division_code, active, version) VALUES (?, '省级统计测试管理员', ?, 'ADMIN', '630000', 1, 0)")) {
                s.setString(1, ADMIN);
                s.setString(2, PasswordHasher.hash(PASSWORD));
                s.executeUpdate();
            }
            for (int i = 0; i < 40; i++) {
                boolean living = i < 20;
                String community = i % 2 == 0 ? "639901001001" : "639902001001";
                String county = community.substring(0, 6);
                LocalDate birth = LocalDate.of(1950 + i, 1 + i % 12, 1 + i % 27);
                String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth(), 101 + i * 2 + (i % 3 == 0 ? 1 : 0));
                String idNumber = first17 + IdNumber.checkCharacter(first17);
                long household = nextId--;
                insert(c, "INSERT INTO household (id, household_no, division_code, address, urban, version)"
                        + " VALUES (?, ?, ?, '测试地址', ?, 0)", household, "HT" + (100 + i), community, i % 2 == 0 ? 1 : 0);
                if (living) {
                    insert(c, "INSERT INTO household_assistance (id, household_id, status, valid_from, source)"
                            + " VALUES (?, ?, 'DIBAO', ?, 'civil-affairs')", nextId--, household, LocalDate.of(2016, 1, 1));
                }
                long person = nextId--;
                String sex = Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "M" : "F";
                insert(c, "INSERT INTO person (id, id_number, name, sex, birth_date, division_code, household_id, urban,"
                                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        person, idNumber, "测试" + (i + 1), sex, birth, community, household, i % 2 == 0 ? 1 : 0,
                        Timestamp.valueOf(LocalDateTime.of(2015, 1, 5, 9, 0)), Timestamp.valueOf(LocalDateTime.of(2015, 1, 5, 9, 0)));
                int level = living ? 3 + i % 2 : 1 + i % 2;
                int category = 1 + i % 7;
                LocalDate issued = living ? LocalDate.of(2015, 3, 1) : LocalDate.of(2019, 8, 1);
                insert(c, "INSERT INTO certificate (id, person_id, cert_number, category, cert_level, status, division_code,"
                                + " issued_on, current_cert, version) VALUES (?, ?, ?, ?, ?, 'VALID', ?, ?, 1, 0)",
                        nextId--, person, idNumber + category + level, category, level, community, issued);
                LocalDateTime applied = living ? LocalDateTime.of(2017, 11, 6, 10, 0) : LocalDateTime.of(2019, 9, 2, 10, 0);
                long kase = subsidyCase(c, person, community, living, level, applied);
                LocalDate month = living ? LocalDate.of(2018, 1, 1) : LocalDate.of(2019, 9, 1);
                int n = 0;
                for (; !month.isAfter(LocalDate.of(2022, 12, 1)); month = month.plusMonths(1), n++) {
                    boolean refusedFirst = n == 5 && i % 4 == 0;
                    if (refusedFirst) {
                        line(c, month, month, county, kase, person, living, level, 1, "FAILED");
                        line(c, month.plusMonths(1), month, county, kase, person, living, level, 2, "PAID");
                    } else {
                        line(c, month, month, county, kase, person, living, level, 1, "PAID");
                    }
                }
                if (i == 0) {
                    line(c, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), county, kase, person, true, level, 1, "PENDING");
                }
            }
            insert(c, "INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code,"
                    + " target_value, source) VALUES (?, 'SUB_COVERAGE', 'FIVE_YEAR', ?, ?, 100.00, '五年规划')",
                    nextId--, LocalDate.of(2018, 1, 1), CITY);
            care(c);
            education(c);
            rehabilitation(c);
            rightsAndCulture(c);
            employment(c);
            employmentServices(c);
            fuelSubsidy(c);
            poverty(c);
            accessibility(c);
            // social security (社会保障)
            socialSecurity(c);
        }
    }
    // ---- accessibility (无障碍): 1020 households modified, 516万元 paid; the facility inventory at the end of 2022

    static final int HOMES_MODIFIED = 1020;
    /** The 114 households modified a second time in the five years: counted once, paid twice. */
    static final int MODIFIED_TWICE = 114;
    /** Each inventory count of 2018-2022, by kind, as the seed report states them. */
    static final Map<String, Integer> FACILITIES = Map.of("FOOTBRIDGE_LIFT", 53, "RESIDENTIAL_LIFT", 287,
            "BUS_STATION", 21, "BUS_STOP", 1161, "PRIORITY_SEAT", 7520, "ACCESSIBLE_BUS", 187);

    /**
     * 1020 low-income households, one applicant each, in both counties: each modified once and paid 4500.00 in
     * 2018-2022, the first 114 a second time, paid 5000.00 (the cap of those years), 4,590,000.00 + 570,000.00 =
     * 516万元. One more household's modification paid in January 2023, one paid in December 2017 and one accepted
     * but not yet paid in 2022 do not count. The applicants have no certificate rows (the statistics count the
     * households paid, not who applied), so the registry's and the subsidies' figures stay.
     * The inventory: each kind split between the two counties' townships and recorded in 2018-2022, plus an entry
     * of each kind recorded in 2023, not counted at the end of 2022. The first county's entry of each kind is
     * counted three times: two fewer in 2018, its count of the report in 2021, forty more in March 2023; the end
     * of 2022 takes the 2021 count, in force then.
     */
    private void accessibility(Connection c) throws SQLException {
        Batch households = new Batch(c, "INSERT INTO household (id, household_no, division_code, address, urban, version)"
                + " VALUES (?, ?, ?, '测试改造地址', ?, 0)");
        Batch assistance = new Batch(c, "INSERT INTO household_assistance (id, household_id, status, valid_from, source)"
                + " VALUES (?, ?, 'LOW_INCOME', ?, 'civil-affairs')", households);
        Batch persons = new Batch(c, "INSERT INTO person (id, id_number, name, sex, birth_date, division_code,"
                + " household_id, urban, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", households);
        Batch cases = new Batch(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code,"
                + " state, applied_on, end_reason, created_by, version) VALUES (?, 'HOME_MODIFICATION', 'HOME_MODIFICATION',"
                + " ?, ?, ?, ?, ?, 'fixture', 0)", persons);
        Batch modifications = new Batch(c, "INSERT INTO home_modification_case (case_id, household_id, cost_cap, stage,"
                + " survey_day, surveyor, planned_items, estimated_cost, contractor, works_start, acceptance_day, accepted,"
                + " paid_amount, paid_on, paid_by) VALUES (?, ?, ?, ?, ?, '测试勘查员', '扶手、坡道', ?, '测试施工单位', ?, ?, 1, ?, ?, ?)",
                cases);
        int total = HOMES_MODIFIED + 3;
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2015, 1, 5, 9, 0));
        for (int i = 0; i < total; i++) {
            String county = i % 2 == 0 ? "639901" : "639902";
            String community = county + "001001";
            long household = nextId--;
            households.add(household, "HM" + (1000 + i), community, i % 2 == 0 ? 1 : 0);
            assistance.add(nextId--, household, LocalDate.of(2016, 1, 1));
            LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(i);
            String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), 301 + i % 300);
            String idNumber = first17 + IdNumber.checkCharacter(first17);
            long person = nextId--;
            persons.add(person, idNumber, "改造" + (i + 1), Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "M" : "F",
                    birth, community, household, i % 2 == 0 ? 1 : 0, created, created);
            if (i < HOMES_MODIFIED) {
                // those modified twice were paid the first time early in 2018-2021 and again a year later
                LocalDate paid = i < MODIFIED_TWICE ? LocalDate.of(2018 + i % 4, 1 + i % 4, 1 + i % 28)
                        : LocalDate.of(2018 + i % 5, 1 + i % 10, 1 + i % 28);
                homeModification(cases, modifications, person, household, community, paid, new BigDecimal("4500.00"), true);
                if (i < MODIFIED_TWICE) {
                    homeModification(cases, modifications, person, household, community, paid.plusYears(1),
                            new BigDecimal("5000.00"), true);
                }
            } else if (i == HOMES_MODIFIED) {
                homeModification(cases, modifications, person, household, community, LocalDate.of(2023, 1, 10),
                        new BigDecimal("4500.00"), true);
            } else if (i == HOMES_MODIFIED + 1) {
                homeModification(cases, modifications, person, household, community, LocalDate.of(2017, 10, 2),
                        new BigDecimal("5000.00"), true);
            } else {
                homeModification(cases, modifications, person, household, community, LocalDate.of(2022, 10, 8),
                        new BigDecimal("4000.00"), false);
            }
        }
        modifications.flush();
        assistance.flush();

        Batch facilities = new Batch(c, "INSERT INTO accessible_facility (id, division_code, kind, name,"
                + " recorded_by, version) VALUES (?, ?, ?, ?, 'fixture', 0)");
        Batch counts = new Batch(c, "INSERT INTO accessible_facility_count (id, facility_id, quantity, counted_on,"
                + " recorded_by, version) VALUES (?, ?, ?, ?, 'fixture', 0)", facilities);
        for (Map.Entry<String, Integer> e : FACILITIES.entrySet()) {
            int first = e.getValue() / 3;
            long id = nextId--;
            facilities.add(id, "639901001", e.getKey(), "测试甲区设施");
            counts.add(nextId--, id, first - 2, LocalDate.of(2018, 6, 1));
            counts.add(nextId--, id, first, LocalDate.of(2021, 4, 1));
            counts.add(nextId--, id, first + 40, LocalDate.of(2023, 3, 1));
            id = nextId--;
            facilities.add(id, "639902001", e.getKey(), "测试乙县设施");
            counts.add(nextId--, id, e.getValue() - first, LocalDate.of(2022, 12, 31));
            id = nextId--;
            facilities.add(id, "639902001", e.getKey(), "测试乙县新建设施");
            counts.add(nextId--, id, 5, LocalDate.of(2023, 1, 1));
        }
        counts.flush();
    }

    /**
     * A modification applied for about four months before the day the contractor was paid (or, not paid, the day
     * of its acceptance): surveyed, built and accepted in between; the cap of the application day's setting.
     */
    private void homeModification(Batch cases, Batch modifications, long person, long household, String community,
                                  LocalDate day, BigDecimal amount, boolean paid) throws SQLException {
        long id = nextId--;
        LocalDate applied = day.minusMonths(4);
        BigDecimal cap = new BigDecimal(applied.getYear() >= 2023 ? "6000.00" : "5000.00");
        cases.add(id, person, community, paid ? "TERMINATED" : "ACTIVE", applied,
                paid ? "改造完成，已向施工单位付款" : null);
        modifications.add(id, household, cap, paid ? "PAID" : "ACCEPTED", applied.plusMonths(1), amount,
                applied.plusMonths(2), day.minusDays(5), paid ? amount : null, paid ? day : null, paid ? "fixture" : null);
    }


    // ---- poverty (脱贫解困): 8355 households lifted out of poverty; 17.28万元 of mutual aid in 大通县 and 湟中区

    static final int LIFTED_HOUSEHOLDS = 8355;
    /** Households helped by a neighbour in each seeded pilot (V53's 1700 大通县, 1701 湟中区), 24 months each. */
    static final int MUTUAL_AID_PAIRS = 18;
    static final BigDecimal MUTUAL_AID_MONTHLY = new BigDecimal("200.00");

    /**
     * 8355 poor households of the test city (half in each county, no person rows, so the registry's figures
     * stay), poor since 2016 and lifted out from a day of 2018 to 2022; the first five poor again and lifted
     * again in the same year (each still one household). Not counted: one household lifted on 31 December 2017
     * and one on 1 January 2023. Mutual aid: the pilots run in Xining's real counties, so 18 households of
     * 大通县 (630121) and 18 of 湟中区 (630106), each helped by its own neighbour for the 24 months of 2021-2022
     * at V53's 200.00 a month, paid on the 21st: 864 months, 172,800.00 yuan (17.28万元). Not counted: the
     * first pair's month of January 2023, paid in 2023.
     */
    private void poverty(Connection c) throws SQLException {
        Batch households = new Batch(c, "INSERT INTO household (id, household_no, division_code, address, urban, version)"
                + " VALUES (?, ?, ?, '测试地址', ?, 0)");
        Batch poor = new Batch(c, "INSERT INTO poverty_status (id, household_id, seq, status, poor_kind, effective_on,"
                + " division_code, recorded_by, recorded_on) VALUES (?, ?, ?, 'POOR', 'REGISTERED', ?, ?, 'fixture', ?)",
                households);
        Batch lifted = new Batch(c, "INSERT INTO poverty_status (id, household_id, seq, status, poor_kind, effective_on,"
                + " division_code, recorded_by, recorded_on) VALUES (?, ?, ?, 'LIFTED', NULL, ?, ?, 'fixture', ?)",
                households, poor);
        for (int i = 0; i < LIFTED_HOUSEHOLDS + 2; i++) {
            String community = (i % 2 == 0 ? "639901" : "639902") + "001001";
            long household = nextId--;
            households.add(household, "PV" + (100000 + i), community, i % 2 == 0 ? 1 : 0);
            LocalDate since = LocalDate.of(2016, 6, 1);
            poor.add(nextId--, household, 1, since, community, since);
            LocalDate out = i == LIFTED_HOUSEHOLDS ? LocalDate.of(2017, 12, 31)
                    : i == LIFTED_HOUSEHOLDS + 1 ? LocalDate.of(2023, 1, 1)
                    : LocalDate.of(2018 + i % 5, 1 + i % 12, 1 + i % 28);
            lifted.add(nextId--, household, 2, out, community, out);
            if (i < 5) {
                poor.add(nextId--, household, 3, out.plusDays(30), community, out.plusDays(30));
                lifted.add(nextId--, household, 4, out.plusDays(60), community, out.plusDays(60));
            }
        }
        households.flush();
        poor.flush();
        lifted.flush();

        Batch helped = new Batch(c, "INSERT INTO household (id, household_no, division_code, address, urban, version)"
                + " VALUES (?, ?, ?, '测试地址', 0, 0)");
        Batch payments = new Batch(c, "INSERT INTO mutual_aid_payment (id, pilot_id, household_id, helper_id_number,"
                + " helper_name, pay_month, amount, division_code, paid_on, recorded_by)"
                + " VALUES (?, ?, ?, ?, '测试邻居', ?, ?, ?, ?, 'fixture')", helped);
        for (int i = 0; i < 2 * MUTUAL_AID_PAIRS; i++) {
            boolean datong = i % 2 == 0;
            String county = datong ? "630121" : "630106";
            long household = nextId--;
            helped.add(household, "PVXN" + (100 + i), county);
            String first17 = county + String.format("19700101%03d", 700 + i);
            String helper = first17 + IdNumber.checkCharacter(first17);
            LocalDate last = i == 0 ? LocalDate.of(2023, 1, 1) : LocalDate.of(2022, 12, 1);
            for (LocalDate month = LocalDate.of(2021, 1, 1); !month.isAfter(last); month = month.plusMonths(1)) {
                payments.add(nextId--, datong ? 1700L : 1701L, household, helper, month, MUTUAL_AID_MONTHLY, county,
                        month.plusDays(20));
            }
        }
        helped.flush();
        payments.flush();
    }

    // ---- social security (社会保障): 100% of the eligible included in 低保/特困; 91.50% pension participation

    /** People on the pension lists of 2018-2022 (each on all five years' lists). */
    static final int PENSION_LISTED_PEOPLE = 200;
    /** Of them, the first five never answered and the next twelve answered not insured: 915 of 1000 lines insured. */
    static final int PENSION_UNANSWERED = 5;
    static final int PENSION_NOT_INSURED = 12;

    /**
     * Inclusion: the households of the 20 people of level 1-2 above (the nursing subsidy's, certificates valid
     * since August 2019) hold 特困 (scattered support, which leaves both subsidies' eligibility as it was) from
     * 2016; the first one's ended on 30 June 2022, so on the last day 19 are eligible (V54's rule: level 1-2 in a
     * poor household) and all 19 included: 100%. The 20 of level 3-4 in 低保 households are not eligible (their
     * level). Pension: 200 people without a certificate (so no registry or subsidy figure moves), half in each
     * county, levels 1 to 4 in turn, on the lists of 2018 to 2022 at V55's shares of those years (100.00 for
     * levels 1-2, 50.00 for 3-4): 1000 lines; the first 5 people never answered, the next 12 answered not
     * insured (but in medical insurance), the other 183 insured in both every year: 915 of 1000 (91.50%)
     * insured, 975 (97.50%) in medical insurance; the insured lines' shares are 91 people of levels 1-2 x 5 x
     * 100.00 = 45,500.00 (4.55万元, 代缴) and 92 of levels 3-4 x 5 x 50.00 = 23,000.00 (2.30万元, 补贴). Not
     * counted: the 18th person's lines of 2017 and 2023, insured.
     */
    private void socialSecurity(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT p.household_id FROM person p JOIN certificate c"
                + " ON c.person_id = p.id WHERE p.division_code LIKE ? AND c.cert_level <= 2 AND p.household_id IS NOT NULL"
                + " ORDER BY p.id DESC")) {
            s.setString(1, CITY.substring(0, 4) + "%");
            Batch assistance = new Batch(c, "INSERT INTO household_assistance (id, household_id, status, valid_from,"
                    + " valid_to, source) VALUES (?, ?, 'TEKUN', ?, ?, 'civil-affairs')");
            try (ResultSet r = s.executeQuery()) {
                int n = 0;
                while (r.next()) {
                    assistance.add(nextId--, r.getLong(1), LocalDate.of(2016, 1, 1), n++ == 0 ? LocalDate.of(2022, 6, 30) : null);
                }
                if (n != 20) {
                    throw new IllegalStateException("the 20 people of level 1-2 with a household, not " + n);
                }
            }
            assistance.flush();
        }
        Batch persons = personBatch(c);
        Batch lines = new Batch(c, "INSERT INTO pension_list_line (list_year, person_id, division_code, cert_level,"
                + " government_share, compiled_on, compiled_by) VALUES (?, ?, ?, ?, ?, ?, 'fixture')", persons);
        Batch answers = new Batch(c, "INSERT INTO pension_answer (list_year, person_id, pension_insured, medical_insured,"
                + " medical_assistance, reported_by, reported_at) VALUES (?, ?, ?, 1, 0, 'partner:fixture', ?)", lines);
        for (int i = 0; i < PENSION_LISTED_PEOPLE; i++) {
            String county = i % 2 == 0 ? "639901" : "639902";
            long person = person(persons, county, LocalDate.of(1985, 1, 1).plusDays(i), 961 + i % 30, "参保" + (i + 1));
            int level = 1 + i % 4;
            BigDecimal share = new BigDecimal(level <= 2 ? "100.00" : "50.00");
            int first = i == PENSION_UNANSWERED + PENSION_NOT_INSURED ? 2017 : 2018;
            int last = i == PENSION_UNANSWERED + PENSION_NOT_INSURED ? 2023 : 2022;
            for (int year = first; year <= last; year++) {
                lines.add(year, person, county + "001001", level, share, LocalDate.of(year, 1, 5));
                if (i >= PENSION_UNANSWERED) {
                    answers.add(year, person, i < PENSION_UNANSWERED + PENSION_NOT_INSURED ? 0 : 1,
                            Timestamp.valueOf(LocalDateTime.of(year, 3, 1, 10, 0)));
                }
            }
        }
        answers.flush();
    }

    // ---- employment (就业): 340 person-times placed under the quota, 2.74亿元 of the fund collected in five years

    static final int QUOTA_PLACED = 340;
    /** Each fund of the five years: due 560万元, collected 548万元 (50 funds: 2.74亿元 collected, 600万元 outstanding). */
    static final BigDecimal FUND_DUE = new BigDecimal("5600000.00");
    static final BigDecimal FUND_COLLECTED = new BigDecimal("5480000.00");

    /**
     * Ten employers, five in each county, declaring 2018 to 2022: 50 verified declarations recognising seven
     * employees each, but six in ten of them (340), each with one more employee not recognised and, in 2020, one
     * declared twice (DUPLICATE); each year's fund computed and collected as above. An eleventh declaration, of
     * 2023, recognised and collected, is outside the five years. No person rows: a declared employee names an ID
     * number only, so the other programs' figures stay.
     */
    private void employment(Connection c) throws SQLException {
        String[] counties = {"639901", "639902"};
        int serial = 0;
        for (int e = 0; e < 10; e++) {
            String county = counties[e % 2];
            StringBuilder code = new StringBuilder("91").append(county).append(String.format("%09d", 700_000_000 + e));
            String creditCode = code + String.valueOf(cn.xndpf.domain.employment.CreditCode.checkCharacter(code.toString()));
            long employer = nextId--;
            insert(c, "INSERT INTO employer (id, credit_code, name, division_code, kind, tax_office, version)"
                    + " VALUES (?, ?, ?, ?, 'ENTERPRISE', '测试税务局', 0)", employer, creditCode, "统计测试企业" + e, county);
            int lastYear = e == 0 ? 2023 : 2022;
            for (int year = 2018; year <= lastYear; year++) {
                boolean counted = year <= 2022;
                int recognised = !counted ? 1 : (year == 2018 || year == 2019) && e < 5 ? 6 : 7;
                long declaration = nextId--;
                insert(c, "INSERT INTO employment_declaration (id, employer_id, declared_year, staff_count, total_wages,"
                        + " channel, declared_by, declared_at, verified_by, verified_at, recognised_count, version)"
                        + " VALUES (?, ?, ?, 800, 64000000.00, 'SCREEN', 'stat-test', ?, 'stat-test', ?, ?, 1)",
                        declaration, employer, year, Timestamp.valueOf(LocalDateTime.of(year + 1, 3, 1, 9, 0)),
                        Timestamp.valueOf(LocalDateTime.of(year + 1, 4, 1, 9, 0)), recognised);
                int others = year == 2020 ? 2 : 1;
                for (int k = 0; k < recognised + others; k++) {
                    String outcome = k < recognised ? "RECOGNISED" : k == recognised ? "NOT_RECOGNISED" : "DUPLICATE";
                    LocalDate birth = LocalDate.of(1970 + serial % 30, 1 + serial % 12, 1 + serial % 28);
                    String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), serial % 1000);
                    String id = first17 + IdNumber.checkCharacter(first17);
                    serial++;
                    insert(c, "INSERT INTO declared_employee (id, declaration_id, declared_year, id_number,"
                            + " certificate_number, declared_level, contract_from, contract_to, insurance_months,"
                            + " monthly_wage, outcome, reasons, counted) VALUES (?, ?, ?, ?, ?, 4, ?, NULL, 12, 4000.00,"
                            + " ?, ?, ?)", nextId--, declaration, year, id, id + "14", LocalDate.of(2016, 1, 1), outcome,
                            k < recognised ? null : k == recognised ? "employment.wageBelowMinimum:1700.00"
                                    : "employment.duplicate", k < recognised ? 1 : 0);
                }
                insert(c, "INSERT INTO security_fund (id, employer_id, fund_year, division_code, declaration_id, due,"
                        + " exempt, computed_by, computed_at, collected, collected_on, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, 'stat-test', ?, ?, ?, 1)", nextId--, employer, year, county,
                        declaration, FUND_DUE, Timestamp.valueOf(LocalDateTime.of(year + 1, 5, 1, 9, 0)),
                        FUND_COLLECTED, LocalDate.of(year + 1, 6, 30));
            }
        }
    }

    // ---- employment services (就业服务): 7896 training person-times for 501.20万元 (the seed's 500余万元), 823 job
    // fairs, 4177 placements into new employment, 18 sheltered-employment institutions

    static final int TRAINEES = 400;
    static final int COURSES = 24;
    static final int PER_COURSE = 329;
    static final int JOB_FAIRS = 823;
    static final int PLACEMENTS = 4177;
    static final int SHELTERED_INSTITUTIONS = 18;

    /**
     * 400 people without a certificate (so no registry figure moves), half in each county. 24 courses whose last day
     * lies in 2018-2022, the first one begun in December 2017, half in each county, each attended by 329 of them
     * (7896 person-times), the first costing 228,000.00 yuan and the others 208,000.00 (5,012,000.00: 501.20万元);
     * 823 job fairs; 4177 placements, each ended after a month, the kinds in turn; 18 sheltered-employment
     * institutions qualified on 31 December 2022, one of them up to that very day. Not counted: a course of November
     * 2017 and one begun in December 2022 that ended in January 2023, a fair and a placement of 31 December 2017 and
     * of January 2023, an institution whose qualification ended in 2021 and one qualified only from 2023.
     */
    private void employmentServices(Connection c) throws SQLException {
        String[] counties = {"639901", "639902"};
        Batch persons = personBatch(c);
        long[] people = new long[TRAINEES];
        for (int i = 0; i < TRAINEES; i++) {
            people[i] = person(persons, counties[i % 2], LocalDate.of(1963, 1, 1).plusDays(i), 331, "就业服务" + (i + 1));
        }
        persons.flush();
        Batch courses = new Batch(c, "INSERT INTO training_course (id, name, trade, organiser, division_code, starts_on,"
                + " ends_on, total_cost, version) VALUES (?, '测试培训班', '测试工种', '测试残联', ?, ?, ?, ?, 0)");
        Batch attendance = new Batch(c, "INSERT INTO training_attendance (id, course_id, person_id, enrolled_on,"
                + " completed_on, version) VALUES (?, ?, ?, ?, ?, 0)", courses);
        for (int k = 0; k < COURSES + 2; k++) {
            boolean early = k == COURSES;
            boolean late = k == COURSES + 1;
            LocalDate starts = early ? LocalDate.of(2017, 11, 1) : late ? LocalDate.of(2022, 12, 20)
                    : k == 0 ? LocalDate.of(2017, 12, 18) : LocalDate.of(2018 + k % 5, 1 + k % 12, 5);
            LocalDate ends = late ? LocalDate.of(2023, 1, 10) : k == 0 ? LocalDate.of(2018, 1, 12) : starts.plusDays(19);
            long course = nextId--;
            courses.add(course, counties[k % 2], starts, ends,
                    new BigDecimal(early || late ? "10000.00" : k == 0 ? "228000.00" : "208000.00"));
            for (int j = 0; j < (early || late ? 1 : PER_COURSE); j++) {
                attendance.add(nextId--, course, people[(k * 7 + j) % TRAINEES], starts, j % 10 == 0 ? null : ends);
            }
        }
        attendance.flush();
        Batch fairs = new Batch(c, "INSERT INTO job_fair (id, held_on, place, division_code, organiser, jobs_offered,"
                + " other_seekers, version) VALUES (?, ?, '测试人才市场', ?, '测试残联', 40, 60, 0)");
        for (int i = 0; i < JOB_FAIRS + 2; i++) {
            fairs.add(nextId--, i == JOB_FAIRS ? LocalDate.of(2017, 12, 31) : i == JOB_FAIRS + 1 ? LocalDate.of(2023, 1, 12)
                    : LocalDate.of(2018 + i % 5, 1 + i % 12, 1 + i % 28), counties[i % 2]);
        }
        fairs.flush();
        String[] kinds = {"QUOTA", "CENTRALISED", "SELF_EMPLOYED", "PUBLIC_WELFARE_POST", "ONLINE", "FAMILY_HANDICRAFT"};
        Batch placements = new Batch(c, "INSERT INTO employment_placement (id, person_id, kind, division_code,"
                + " started_on, ended_on, open_key, version) VALUES (?, ?, ?, ?, ?, ?, NULL, 0)");
        for (int i = 0; i < PLACEMENTS + 2; i++) {
            LocalDate started = i == PLACEMENTS ? LocalDate.of(2017, 12, 31) : i == PLACEMENTS + 1
                    ? LocalDate.of(2023, 1, 16) : LocalDate.of(2018 + i % 5, 1 + i % 11, 1 + i % 28);
            int who = i % TRAINEES;
            placements.add(nextId--, people[who], kinds[i % kinds.length], counties[who % 2] + "001001", started,
                    started.plusMonths(1));
        }
        placements.flush();
        for (int n = 0; n < SHELTERED_INSTITUTIONS + 2; n++) {
            boolean ended = n == SHELTERED_INSTITUTIONS;
            boolean later = n == SHELTERED_INSTITUTIONS + 1;
            LocalDate from = later ? LocalDate.of(2023, 3, 1) : LocalDate.of(2016 + n % 6, 6, 1);
            LocalDate to = ended ? LocalDate.of(2021, 6, 30) : n == 0 ? LocalDate.of(2022, 12, 31) : null;
            insert(c, "INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                    + " valid_to, version) VALUES (?, ?, 'SHELTERED_EMPLOYMENT', ?, 30, ?, ?, "
                    + (to == null ? "NULL" : "DATE '" + to + "'") + ", 0)", nextId--,
                    "统计测试辅助性就业机构" + n, "测残就字" + n + "号", counties[n % 2], from);
        }
    }

    // ---- rights (权益保障) and culture (文体): 660余人次 of legal advice, 382 legal-aid cases, 信访办结率100%, 85 events

    /** The exact count behind the seed's "660余人次" of legal services and consultations. */
    static final int LEGAL_CONSULTATIONS = 663;
    static final int LEGAL_AID_CASES = 382;
    /** Petitions accepted and closed in the five years; one more received was not accepted. */
    static final int PETITIONS_CLOSED = 40;
    static final int CULTURE_EVENTS = 85;

    /**
     * 663 legal consultations and 382 legal-aid cases recorded from 2018 to 2022; 41 petitions received in those
     * years, 40 accepted and closed (the closure rate's 100%) and one not accepted (outside its denominator);
     * 85 culture and sports events held; in both counties. One more of each recorded in January 2023 does not
     * count. Nobody of them needs to be registered: no person rows, so the other programs' figures stay.
     */
    private void rightsAndCulture(Connection c) throws SQLException {
        String[] counties = {"639901", "639902"};
        for (int i = 0; i <= LEGAL_CONSULTATIONS + LEGAL_AID_CASES; i++) {
            boolean late = i == LEGAL_CONSULTATIONS + LEGAL_AID_CASES;
            boolean consultation = i < LEGAL_CONSULTATIONS || late;
            LocalDate opened = late ? LocalDate.of(2023, 1, 5) : LocalDate.of(2018 + i % 5, 1 + i % 12, 1 + i % 28);
            insert(c, "INSERT INTO legal_matter (id, kind, person_name, contact, matter, division_code, opened_on,"
                    + " outcome, outcome_note, concluded_on, version) VALUES (?, ?, '测试当事人', '13800000000', '测试事项',"
                    + " ?, ?, ?, NULL, ?, 1)", nextId--, consultation ? "CONSULTATION" : "LEGAL_AID",
                    counties[i % 2], opened, consultation ? "ANSWERED" : "SETTLED", opened);
        }
        for (int i = 0; i <= PETITIONS_CLOSED + 1; i++) {
            LocalDate received = i == PETITIONS_CLOSED + 1 ? LocalDate.of(2023, 1, 3)
                    : LocalDate.of(2018 + i % 5, 1 + i % 11, 1 + i % 20);
            String division = counties[i % 2];
            if (i == PETITIONS_CLOSED) {
                insert(c, "INSERT INTO petition (id, channel, petitioner_name, contact, matter, division_code,"
                        + " received_on, state, accept_by, extended_days, closed_on, version)"
                        + " VALUES (?, 'LETTER', '测试信访人', '13800000000', '不属于受理范围', ?, ?, 'REFUSED', ?, 0, ?, 1)",
                        nextId--, division, received, received.plusDays(15), received.plusDays(3));
            } else {
                LocalDate accepted = received.plusDays(5);
                boolean closed = i < PETITIONS_CLOSED;
                insert(c, "INSERT INTO petition (id, channel, petitioner_name, contact, matter, division_code,"
                        + " received_on, state, accept_by, accepted_on, answer_by, extended_days, answered_on,"
                        + " review_request_by, closed_on, satisfaction, version) VALUES (?, 'VISIT', '测试信访人',"
                        + " '13800000000', '测试信访事项', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'SATISFIED', 1)",
                        nextId--, division, received, closed ? "CLOSED" : "ACCEPTED", received.plusDays(15), accepted,
                        accepted.plusDays(60), accepted.plusDays(20), accepted.plusDays(50), accepted.plusDays(25));
            }
        }
        String[] kinds = {"HELP_DAY", "EAR_DAY", "EYE_DAY", "INTERNATIONAL_DAY", "CULTURAL_WEEK", "EXHIBITION",
                "READING", "FITNESS", "REHABILITATION_SPORTS"};
        for (int i = 0; i <= CULTURE_EVENTS; i++) {
            LocalDate held = i == CULTURE_EVENTS ? LocalDate.of(2023, 1, 10) : LocalDate.of(2018 + i % 5, 1 + i % 12, 10);
            insert(c, "INSERT INTO culture_event (id, kind, title, organiser, place, held_on, division_code,"
                    + " other_participants, version) VALUES (?, ?, '测试文体活动', '测试残联', '测试广场', ?, ?, 30, 1)",
                    nextId--, kinds[i % kinds.length], held, counties[i % 2]);
        }
    }

    // ---- the motorised-wheelchair fuel subsidy (机动轮椅车燃油补贴): 769 person-times, 27.68万元

    static final int FUEL_OWNERS = 154;

    /**
     * 154 owners without a certificate (so no registry figure moves; the fixture writes approved cases, the
     * service's eligibility is not what is counted), half in each county: each paid for 2018, 2019, 2020 and
     * 2021 at 350.00 (616) and all but the last for 2022 at 400.00 (153): 769 person-times, 276,800.00 yuan
     * (27.68万元), the amounts of V50's two dated settings. Not counted: the last owner's 2022 case, approved
     * but not paid, and the first owner's 2023 case, paid in 2023.
     */
    private void fuelSubsidy(Connection c) throws SQLException {
        Batch persons = personBatch(c);
        long[] owners = new long[FUEL_OWNERS];
        for (int i = 0; i < FUEL_OWNERS; i++) {
            owners[i] = person(persons, i % 2 == 0 ? "639901" : "639902", LocalDate.of(1955, 1, 1).plusDays(i),
                    601 + i % 50, "燃油" + (i + 1));
        }
        persons.flush();
        Batch cases = new Batch(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code,"
                + " state, applied_on, created_by, version) VALUES (?, 'WHEELCHAIR_FUEL', 'WHEELCHAIR_FUEL', ?, ?, 'APPROVED', ?,"
                + " 'fixture', 1)");
        Batch fuel = new Batch(c, "INSERT INTO fuel_subsidy_case (case_id, person_id, subsidy_year, vehicle_plate,"
                + " amount, paid_on, paid_by) VALUES (?, ?, ?, ?, ?, ?, ?)", cases);
        Batch events = new Batch(c, "INSERT INTO case_event (id, case_id, event_type, state_to, actor, occurred_at)"
                + " VALUES (?, ?, ?, ?, 'fixture', ?)", cases);
        for (int i = 0; i < FUEL_OWNERS; i++) {
            String community = (i % 2 == 0 ? "639901" : "639902") + "001001";
            for (int year = 2018; year <= 2023; year++) {
                boolean unpaid = year == 2022 && i == FUEL_OWNERS - 1;
                if (year == 2023 && i != 0) {
                    continue;
                }
                long id = nextId--;
                LocalDateTime applied = LocalDateTime.of(year, 2, 10, 10, 0);
                cases.add(id, owners[i], community, applied.toLocalDate());
                fuel.add(id, owners[i], year, "青A" + (10000 + i), new BigDecimal(year >= 2022 ? "400.00" : "350.00"),
                        unpaid ? null : LocalDate.of(year, 3, 15), unpaid ? null : "fixture");
                String[][] steps = {{"CREATED", "DRAFT"}, {"SUBMITTED", "SUBMITTED"}, {"REVIEWED", "FIRST_REVIEWED"},
                        {"REVIEWED", "APPROVED"}};
                int[] days = {0, 0, 5, 15};
                for (int k = 0; k < steps.length; k++) {
                    events.add(nextEvent++, id, steps[k][0], steps[k][1],
                            Timestamp.from(applied.plusDays(days[k]).atZone(BEIJING).toInstant()));
                }
            }
        }
        cases.flush();
        fuel.flush();
        events.flush();
    }

    // ---- rehabilitation (康复): 5088.07万元, 40000 people served, 20000 devices, 95.28%, 94.62%

    /** People given a basic service in the period (the seed's "4万+": this fixture's exact count). */
    static final int REHAB_SERVED = 40_000;
    /** Devices issued in the period (the seed's "2万+"). */
    static final int DEVICES = 20_000;
    /** Children assessed as needing within the aid's age band, and those of them aided. */
    static final int AID_CHILDREN = 93;
    static final int AIDED_CHILDREN = 88;
    /** Adults assessed as needing, and those of them served. */
    static final int ASSESSED_ADULTS = 13;
    static final int SERVED_ADULTS = 8;

    /**
     * Two designated rehabilitation institutions and 40005 people without a certificate (so that no registry or
     * subsidy figure moves): 40000 of them served once in 2018-2022 (39999 records of 828.00 and one of
     * 1528.00: 33,120,700.00 yuan), one of them served again in January 2023 (outside); 93 children of 3 assessed
     * as needing in 2019, all served, 88 of them with a training aid case of 2019 approved (20000.00 each:
     * 1,760,000.00) and one with a rejected case; 13 adults assessed as needing in 2020, 8 of them served; one
     * served person assessed as needing nothing; 20000 wheelchairs (800.00) issued in the period to served
     * people (16,000,000.00). So 50,880,700.00 yuan (5088.07万元), 40000 people, 20000 devices, 101 of 106
     * (95.28%) and 88 of 93 (94.62%). The 106 assessed people go in row by row; the 39899 others, their
     * services and the 20000 device cases each in one set-based statement ({@link #servedInBulk}): row by row
     * they took about 13 rows a second on the test domain's H2.
     */
    private void rehabilitation(Connection c) throws SQLException {
        long[] institutions = new long[2];
        for (int k = 0; k < 2; k++) {
            institutions[k] = nextId--;
            String county = k == 0 ? "639901" : "639902";
            insert(c, "INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                    + " version) VALUES (?, ?, 'REHABILITATION', ?, 5000, ?, ?, 0)", institutions[k],
                    (k == 0 ? "甲区" : "乙县") + "定点康复机构", "KF-TEST-" + k, county + "001", LocalDate.of(2015, 1, 1));
            for (String service : List.of("REHABILITATION_TRAINING", "DEVICE_FITTING")) {
                insert(c, "INSERT INTO institution_service (institution_id, service_kind) VALUES (?, ?)",
                        institutions[k], service);
            }
        }
        Batch persons = personBatch(c);
        Batch records = new Batch(c, "INSERT INTO service_record (id, person_id, institution_id, service_kind,"
                + " service_date, quantity, amount, division_code, channel, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'SCREEN', 'fixture', ?)", persons);
        Batch assessments = new Batch(c, "INSERT INTO rehabilitation_assessment (id, person_id, assessed_on,"
                + " needs_service, service_kind, division_code, assessed_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'fixture', ?)", persons);
        Batch cases = new Batch(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code,"
                + " state, applied_on, created_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'fixture', 0)", persons);
        Batch aids = new Batch(c, "INSERT INTO child_rehabilitation_case (case_id, aid_kind, aid_year, amount)"
                + " VALUES (?, 'TRAINING', 2019, ?)", cases);
        Batch events = new Batch(c, "INSERT INTO case_event (id, case_id, event_type, state_to, actor, occurred_at)"
                + " VALUES (?, ?, ?, ?, 'fixture', ?)", cases);
        BigDecimal line = new BigDecimal("828.00");
        int assessed = AID_CHILDREN + ASSESSED_ADULTS;
        for (int i = 0; i < assessed; i++) {
            int k = i % 2;
            String county = k == 0 ? "639901" : "639902";
            String community = county + "001001";
            boolean child = i < AID_CHILDREN;
            long person = child
                    ? person(persons, county, LocalDate.of(2016, 1, 1).plusDays(i), 970, "康复儿童" + (i + 1))
                    : person(persons, county, LocalDate.of(1940, 1, 1).plusDays(i / 800), 100 + i % 800, "康复" + (i + 1));
            if (child || i < AID_CHILDREN + SERVED_ADULTS) {
                LocalDate day = LocalDate.of(2018, 1, 1).plusDays(i % 1800);
                records.add(nextId--, person, institutions[k], i % 5 == 0 ? "DEVICE_FITTING" : "REHABILITATION_TRAINING",
                        day, line, community, Timestamp.valueOf(day.atTime(16, 0)));
            }
            if (child) {
                LocalDate on = LocalDate.of(2019, 6, 1).plusDays(i);
                assessments.add(nextId--, person, on, 1, "REHABILITATION_TRAINING", community,
                        Timestamp.valueOf(on.atTime(10, 0)));
                if (i < AIDED_CHILDREN || i == AID_CHILDREN - 1) {
                    boolean approved = i < AIDED_CHILDREN;
                    long kase = nextId--;
                    cases.add(kase, "CHILD_REHABILITATION", "CHILD_REHABILITATION", person, community,
                            approved ? "APPROVED" : "REJECTED", on.plusDays(3));
                    aids.add(kase, new BigDecimal("20000.00"));
                    String[][] steps = {{"CREATED", "DRAFT"}, {"SUBMITTED", "SUBMITTED"}, {"REVIEWED", "FIRST_REVIEWED"},
                            {"REVIEWED", approved ? "APPROVED" : "REJECTED"}};
                    int[] days = {3, 3, 8, 15};
                    for (int s = 0; s < steps.length; s++) {
                        events.add(nextEvent++, kase, steps[s][0], steps[s][1],
                                Timestamp.from(on.plusDays(days[s]).atTime(10, 0).atZone(BEIJING).toInstant()));
                    }
                }
            } else {
                LocalDate on = LocalDate.of(2020, 3, 1).plusDays(i);
                assessments.add(nextId--, person, on, 1, "DEVICE_FITTING", community, Timestamp.valueOf(on.atTime(10, 0)));
            }
        }
        for (Batch b : List.of(persons, records, assessments, cases, aids, events)) {
            b.flush();
        }
        long first = servedInBulk(c, institutions, assessed, REHAB_SERVED - AID_CHILDREN - SERVED_ADULTS);
        // the first of them: served again after the period, and assessed as needing nothing (outside the rate)
        String community = "639901001001";
        insert(c, "INSERT INTO service_record (id, person_id, institution_id, service_kind, service_date, quantity,"
                + " amount, division_code, channel, recorded_by, recorded_at) VALUES (?, ?, ?, 'REHABILITATION_TRAINING',"
                + " ?, 1, 999.00, ?, 'SCREEN', 'fixture', ?)", nextId--, first, institutions[0],
                LocalDate.of(2023, 1, 10), community, Timestamp.valueOf(LocalDateTime.of(2023, 1, 10, 16, 0)));
        insert(c, "INSERT INTO rehabilitation_assessment (id, person_id, assessed_on, needs_service, service_kind,"
                + " division_code, assessed_by, recorded_at) VALUES (?, ?, ?, 0, NULL, ?, 'fixture', ?)", nextId--,
                first, LocalDate.of(2020, 5, 1), community, Timestamp.valueOf(LocalDateTime.of(2020, 5, 1, 10, 0)));
    }

    /** The check character of a Chinese ID number (GB 11643) over the 17-character column {@code f}, in SQL. */
    private static String checkCharacterSql() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        StringBuilder sum = new StringBuilder();
        for (int k = 0; k < weights.length; k++) {
            sum.append(k == 0 ? "" : " + ").append("CAST(SUBSTR(f, ").append(k + 1).append(", 1) AS INT) * ")
                    .append(weights[k]);
        }
        return "SUBSTR('10X98765432', MOD(" + sum + ", 11) + 1, 1)";
    }

    /**
     * {@code count} people served once each, the i-th of them (i from {@code from}) as the row-by-row loop
     * before this bulk version made them: born 1940-01-01 plus i/800 days, sequence 100 + i mod 800, county by
     * i's parity, a basic service on 2018-01-01 plus (i mod 1800) days (the last of them 1528.00, the others
     * 828.00), and the first {@link #DEVICES} of them a wheelchair issued on 2018-01-01 plus (7i mod 1800)
     * days. Each table in one INSERT ... SELECT over H2's SYSTEM_RANGE (the tests' database; a fixture only).
     *
     * @return the id of the first of them
     */
    private long servedInBulk(Connection c, long[] institutions, int from, int count) throws SQLException {
        long personBase = nextId;
        nextId -= count;
        long recordBase = nextId;
        nextId -= count;
        long caseBase = nextId;
        nextId -= DEVICES;
        // x counts 1..count; i is the person's index as the row-by-row loop numbered it
        String rows = "(SELECT x, i, CASE WHEN MOD(i, 2) = 0 THEN '639901' ELSE '639902' END AS county,"
                + " DATEADD(DAY, CAST(FLOOR(i / 800) AS INT), DATE '1940-01-01') AS birth, 100 + MOD(i, 800) AS seq,"
                + " DATEADD(DAY, MOD(i, 1800), DATE '2018-01-01') AS served_on,"
                + " DATEADD(DAY, MOD(i * 7, 1800), DATE '2018-01-01') AS issued_on"
                + " FROM (SELECT X AS x, X + " + (from - 1) + " AS i FROM SYSTEM_RANGE(1, " + count + ")) r) g";
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2015, 1, 5, 9, 0));
        insert(c, "INSERT INTO person (id, id_number, name, sex, birth_date, division_code, urban, created_at,"
                + " updated_at, version) SELECT " + (personBase + 1) + " - x, f || " + checkCharacterSql()
                + ", '康复' || (i + 1), CASE WHEN MOD(seq, 2) = 1 THEN 'M' ELSE 'F' END, birth, county || '001001',"
                + " CASE WHEN county = '639901' THEN 1 ELSE 0 END, ?, ?, 0 FROM (SELECT g.*, county"
                + " || TO_CHAR(birth, 'YYYYMMDD') || LPAD(TO_CHAR(seq), 3, '0') AS f FROM " + rows + ") t",
                created, created);
        insert(c, "INSERT INTO service_record (id, person_id, institution_id, service_kind, service_date, quantity,"
                + " amount, division_code, channel, recorded_by, recorded_at) SELECT " + (recordBase + 1) + " - x, "
                + (personBase + 1) + " - x, CASE WHEN MOD(i, 2) = 0 THEN " + institutions[0] + " ELSE "
                + institutions[1] + " END, CASE WHEN MOD(i, 5) = 0 THEN 'DEVICE_FITTING' ELSE 'REHABILITATION_TRAINING'"
                + " END, served_on, 1, CASE WHEN x = " + count + " THEN 1528.00 ELSE 828.00 END, county || '001001',"
                + " 'SCREEN', 'fixture', DATEADD(HOUR, 16, CAST(served_on AS TIMESTAMP)) FROM " + rows);
        insert(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code, state, applied_on,"
                + " created_by, version) SELECT " + (caseBase + 1) + " - x, 'ASSISTIVE_DEVICE', 'ASSISTIVE_DEVICE', "
                + (personBase + 1) + " - x, county || '001001', 'ACTIVE', DATEADD(DAY, -20, issued_on), 'fixture', 0"
                + " FROM " + rows + " WHERE x <= " + DEVICES);
        insert(c, "INSERT INTO device_case (case_id, device_id, institution_id, issued_on) SELECT "
                + (caseBase + 1) + " - x, 1420, CASE WHEN MOD(i, 2) = 0 THEN " + institutions[0] + " ELSE "
                + institutions[1] + " END, issued_on FROM " + rows + " WHERE x <= " + DEVICES);
        return personBase;
    }

    // ---- care (托养): 1976.26万元 settled for 6287 person-times

    /** Care persons; those below the last are enrolled to the end and served every year of the five. */
    static final int CARE_PERSONS = 1258;
    static final BigDecimal CARE_LINE = new BigDecimal("3143.00");

    /**
     * 1258 people enrolled for care with one of two institutions from January 2018: 1257 of them settled in one
     * month of each year 2018-2022 (6285 person-times), the last settled in 2018 and 2019 only (2 more) and
     * then enrolled for 2020 with no day recorded (a zero line, no person-time), its enrolment ended before
     * the period's end; 6286 lines of 3143.00 and one of 5702.00 (19,762,600.00 yuan). A settlement of January
     * 2023 lies outside the period. Their certificates (intellectual or mental, level 3-4, no household) make
     * them eligible for neither subsidy, so the subsidies' figures stay as they are.
     */
    private void care(Connection c) throws SQLException {
        long[] institutions = new long[2];
        String[] kinds = {"BOARDING", "DAY_CARE", "HOME_CARE"};
        String[] services = {"BOARDING_CARE", "DAY_CARE", "HOME_CARE"};
        for (int k = 0; k < 2; k++) {
            institutions[k] = nextId--;
            String county = k == 0 ? "639901" : "639902";
            insert(c, "INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                    + " version) VALUES (?, ?, 'CARE', ?, 2000, ?, ?, 0)", institutions[k],
                    (k == 0 ? "甲区" : "乙县") + "阳光家园", "TY-TEST-" + k, county + "001", LocalDate.of(2015, 1, 1));
            for (String service : services) {
                insert(c, "INSERT INTO institution_service (institution_id, service_kind) VALUES (?, ?)",
                        institutions[k], service);
            }
        }
        Batch persons = personBatch(c);
        Batch certificates = certificateBatch(c, persons);
        Batch enrolments = new Batch(c, "INSERT INTO institution_enrolment (id, person_id, institution_id, service_kind,"
                + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)", persons);
        Map<String, Long> settlements = new HashMap<>();
        Map<Long, Object[]> settlementRows = new HashMap<>();
        List<Object[]> lines = new ArrayList<>();
        int lineCount = 6287;
        int written = 0;
        for (int i = 0; i < CARE_PERSONS; i++) {
            int k = i % 2;
            String county = k == 0 ? "639901" : "639902";
            long person = person(persons, county, LocalDate.of(1970, 1, 1).plusDays(i), 501 + i % 400, "托养" + (i + 1));
            certificate(certificates, person, county, 5 + i % 2, 3 + i % 2, LocalDate.of(2015, 3, 1));
            boolean last = i == CARE_PERSONS - 1;
            long enrolment = nextId--;
            enrolments.add(enrolment, person, institutions[k], services[i % 3], LocalDate.of(2018, 1, 1),
                    last ? LocalDate.of(2020, 12, 31) : null);
            for (int year = 2018; year <= (last ? 2019 : 2022); year++) {
                written++;
                BigDecimal amount = written == lineCount
                        ? new BigDecimal("19762600.00").subtract(CARE_LINE.multiply(BigDecimal.valueOf(lineCount - 1)))
                        : CARE_LINE;
                lines.add(new Object[]{LocalDate.of(year, 1 + i % 12, 1), k, person, enrolment, kinds[i % 3], 20, amount});
            }
            if (last) {
                lines.add(new Object[]{LocalDate.of(2020, 5, 1), k, person, enrolment, kinds[i % 3], 0, new BigDecimal("0.00")});
            }
            if (i == 0) {
                lines.add(new Object[]{LocalDate.of(2023, 1, 1), k, person, enrolment, kinds[i % 3], 20, CARE_LINE});
            }
        }
        persons.flush();
        certificates.flush();
        enrolments.flush();
        Batch lineBatch = new Batch(c, "INSERT INTO care_settlement_line (id, settlement_id, person_id, enrolment_id,"
                + " care_kind, units, monthly_rate, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (Object[] l : lines) {
            int k = (Integer) l[1];
            long settlement = settlements.computeIfAbsent(l[0] + "|" + k, x -> nextId--);
            Object[] row = settlementRows.computeIfAbsent(settlement, x -> new Object[]{l[0], k, 0, 0, BigDecimal.ZERO});
            row[2] = (Integer) row[2] + 1;
            row[3] = (Integer) row[3] + (Integer) l[5];
            row[4] = ((BigDecimal) row[4]).add((BigDecimal) l[6]);
        }
        Batch settlementBatch = new Batch(c, "INSERT INTO care_settlement (id, institution_id, settlement_month,"
                + " division_code, persons, units, total_amount, settled_by, settled_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'fixture', ?)");
        for (Map.Entry<Long, Object[]> e : settlementRows.entrySet()) {
            Object[] r = e.getValue();
            int k = (Integer) r[1];
            settlementBatch.add(e.getKey(), institutions[k], r[0], (k == 0 ? "639901" : "639902") + "001", r[2], r[3], r[4],
                    Timestamp.valueOf(((LocalDate) r[0]).plusMonths(1).atTime(9, 0)));
        }
        settlementBatch.flush();
        for (Object[] l : lines) {
            long settlement = settlements.get(l[0] + "|" + l[1]);
            lineBatch.add(nextId--, settlement, l[2], l[3], l[4], l[5], l[6], l[6]);
        }
        lineBatch.flush();
    }

    // ---- education (教育): 548 students granted 134.6万元; 1.55万 fee reliefs of 674.28万元; enrolment 98%

    static final int STUDENTS = 800;
    static final int CHILDREN = 50;

    /**
     * 800 students (certificate holders of category 1-4, level 3-4, no household: eligible for neither subsidy):
     * 548 granted for one school year 2018-2022 and the first 100 of them again the next year (648 grants: 100
     * of 1000, 200 of 1250, 248 of 2000 and 100 of 5000 yuan, 1,346,000.00), approved in September; a rejected
     * grant and grants approved in 2017 and 2023 do not count. The first 775 students have a reduction and a
     * subsidy in each of the ten terms opening from March 2018 to September 2022 (15,500 person-times, 435.00
     * each but one of 735.00: 6,742,800.00); the other 25 only in terms outside. 50 children aged 7-14 on
     * 1 September 2022 hold certificates: 49 reported enrolled for 2022-2023, one only for 2021-2022; a child of
     * 17 reported enrolled is outside the age band.
     */
    private void education(Connection c) throws SQLException {
        Batch persons = personBatch(c);
        Batch certificates = certificateBatch(c, persons);
        long[] students = new long[STUDENTS];
        String[] idNumbers = new String[STUDENTS];
        for (int i = 0; i < STUDENTS; i++) {
            String county = i % 2 == 0 ? "639901" : "639902";
            students[i] = person(persons, county, LocalDate.of(1998, 1, 1).plusDays(i), 701 + i % 200, "学生" + (i + 1));
            idNumbers[i] = lastIdNumber;
            certificate(certificates, students[i], county, 1 + i % 4, 3 + i % 2, LocalDate.of(2015, 3, 1));
        }
        long[] children = new long[CHILDREN + 1];
        for (int i = 0; i <= CHILDREN; i++) {
            String county = i % 2 == 0 ? "639901" : "639902";
            LocalDate birth = i == CHILDREN ? LocalDate.of(2005, 1, 1) : LocalDate.of(2008, 1, 1).plusDays(i * 50L);
            children[i] = person(persons, county, birth, 901 + i, "儿童" + (i + 1));
            certificate(certificates, children[i], county, 1 + i % 4, 3 + i % 2, LocalDate.of(2017, 6, 1));
        }
        persons.flush();
        certificates.flush();

        Batch cases = new Batch(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code,"
                + " state, applied_on, created_by, version) VALUES (?, 'EDUCATION_GRANT', 'EDUCATION_GRANT', ?, ?, ?, ?,"
                + " 'fixture', 0)");
        Batch grants = new Batch(c, "INSERT INTO education_grant_case (case_id, student_relation, student_id_number,"
                + " student_name, school_name, school_stage, grade, school_year, grant_amount)"
                + " VALUES (?, 'SELF', ?, ?, '测试学校', ?, 1, ?, ?)", cases);
        Batch events = new Batch(c, "INSERT INTO case_event (id, case_id, event_type, state_to, actor, occurred_at)"
                + " VALUES (?, ?, ?, ?, 'fixture', ?)", cases);
        String[][] stages = {{"1000.00", "PRIMARY"}, {"1250.00", "JUNIOR_SECONDARY"}, {"2000.00", "SENIOR_SECONDARY"},
                {"5000.00", "HIGHER"}};
        int[] counts = {100, 200, 248, 100};
        int stage = 0;
        int usedOfStage = 0;
        List<int[]> grantList = new ArrayList<>();
        for (int i = 0; i < 548; i++) {
            grantList.add(new int[]{i, 2018 + i % 5});
        }
        for (int i = 0; i < 100; i++) {
            int first = 2018 + i % 5;
            grantList.add(new int[]{i, first == 2022 ? 2021 : first + 1});
        }
        for (int[] g : grantList) {
            if (usedOfStage == counts[stage]) {
                stage++;
                usedOfStage = 0;
            }
            usedOfStage++;
            grant(cases, grants, events, students[g[0]], idNumbers[g[0]], g[0], g[1], stages[stage], true);
        }
        grant(cases, grants, events, students[600], idNumbers[600], 600, 2020, stages[0], false);
        grant(cases, grants, events, students[601], idNumbers[601], 601, 2023, stages[0], true);
        grant(cases, grants, events, students[602], idNumbers[602], 602, 2017, stages[0], true);
        cases.flush();
        grants.flush();
        events.flush();

        Batch reliefs = new Batch(c, "INSERT INTO education_fee_relief (id, person_id, school_year, term, relief_kind,"
                + " amount, school_name, division_code, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, '测试学校', ?,"
                + " 'fixture', ?)");
        int[][] terms = {{2017, 2}, {2018, 1}, {2018, 2}, {2019, 1}, {2019, 2}, {2020, 1}, {2020, 2}, {2021, 1},
                {2021, 2}, {2022, 1}};
        for (int i = 0; i < STUDENTS; i++) {
            String community = i % 2 == 0 ? "639901001001" : "639902001001";
            int[][] mine = i < 775 ? terms : new int[][]{{2017, 1}, {2022, 2}};
            for (int[] t : mine) {
                for (String kind : List.of("REDUCTION", "SUBSIDY")) {
                    BigDecimal amount = i == 0 && t[0] == 2017 && kind.equals("REDUCTION") && i < 775
                            ? new BigDecimal("735.00") : new BigDecimal("435.00");
                    reliefs.add(nextId--, students[i], t[0], t[1], kind, amount, community,
                            Timestamp.valueOf(LocalDate.of(t[0], 10, 1).atTime(9, 0)));
                }
            }
        }
        reliefs.flush();

        Batch reports = new Batch(c, "INSERT INTO education_enrolment_report (id, person_id, school_year, enrolled,"
                + " school_name, division_code, reported_by, reported_at, version) VALUES (?, ?, ?, ?, '测试学校', ?,"
                + " 'fixture', ?, 0)");
        for (int i = 0; i <= CHILDREN; i++) {
            String community = i % 2 == 0 ? "639901001001" : "639902001001";
            boolean enrolled = i != CHILDREN - 1;
            reports.add(nextId--, children[i], 2022, enrolled ? 1 : 0, community,
                    Timestamp.valueOf(LocalDateTime.of(2022, 9, 20, 9, 0)));
            if (!enrolled) {
                reports.add(nextId--, children[i], 2021, 1, community, Timestamp.valueOf(LocalDateTime.of(2021, 9, 20, 9, 0)));
            }
        }
        reports.flush();
    }

    private void grant(Batch cases, Batch grants, Batch events, long student, String idNumber, int i, int schoolYear,
                       String[] stage, boolean approved) throws SQLException {
        long id = nextId--;
        String community = i % 2 == 0 ? "639901001001" : "639902001001";
        LocalDateTime applied = LocalDateTime.of(schoolYear, 9, 10, 10, 0);
        cases.add(id, student, community, approved ? "APPROVED" : "REJECTED", applied.toLocalDate());
        grants.add(id, idNumber, "学生" + (i + 1), stage[1], schoolYear, new BigDecimal(stage[0]));
        String[][] steps = {{"CREATED", "DRAFT"}, {"SUBMITTED", "SUBMITTED"}, {"REVIEWED", "FIRST_REVIEWED"},
                {"REVIEWED", approved ? "APPROVED" : "REJECTED"}};
        int[] days = {0, 0, 5, 15};
        for (int k = 0; k < steps.length; k++) {
            events.add(nextEvent++, id, steps[k][0], steps[k][1],
                    Timestamp.from(applied.plusDays(days[k]).atZone(BEIJING).toInstant()));
        }
    }

    private String lastIdNumber;

    private Batch personBatch(Connection c) throws SQLException {
        return new Batch(c, "INSERT INTO person (id, id_number, name, sex, birth_date, division_code, urban, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    }

    private Batch certificateBatch(Connection c, Batch persons) throws SQLException {
        return new Batch(c, "INSERT INTO certificate (id, person_id, cert_number, category, cert_level, status,"
                + " division_code, issued_on, current_cert, version) VALUES (?, ?, ?, ?, ?, 'VALID', ?, ?, 1, 0)", persons);
    }

    /** A person of the county's community, without a household; its ID number is kept in {@link #lastIdNumber}. */
    private long person(Batch persons, String county, LocalDate birth, int sequence, String name) throws SQLException {
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        long id = nextId--;
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2015, 1, 5, 9, 0));
        persons.add(id, idNumber, name, Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "M" : "F", birth,
                county + "001001", county.equals("639901") ? 1 : 0, created, created);
        lastIdNumber = idNumber;
        return id;
    }

    private void certificate(Batch certificates, long person, String county, int category, int level, LocalDate issued)
            throws SQLException {
        certificates.add(nextId--, person, lastIdNumber + category + level, category, level, county + "001001", issued);
    }

    /**
     * One statement, its rows sent in batches; the rows of the batches it refers to ({@code after}) are sent
     * first, so a foreign key never points at a row still waiting.
     */
    private static final class Batch {
        private final PreparedStatement statement;
        private final Batch[] after;
        private int pending;

        Batch(Connection c, String sql, Batch... after) throws SQLException {
            statement = c.prepareStatement(sql);
            this.after = after;
        }

        void add(Object... params) throws SQLException {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate d) {
                    statement.setDate(i + 1, Date.valueOf(d));
                } else if (p == null) {
                    statement.setNull(i + 1, Types.DATE);
                } else {
                    statement.setObject(i + 1, p);
                }
            }
            statement.addBatch();
            if (++pending == 500) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Batch b : after) {
                b.flush();
            }
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    private long subsidyCase(Connection c, long person, String community, boolean living, int level,
                             LocalDateTime applied) throws SQLException {
        long id = nextId--;
        LocalDate benefitFrom = applied.toLocalDate().withDayOfMonth(1);
        insert(c, "INSERT INTO program_case (id, case_kind, program_code, person_id, division_code, state, applied_on,"
                        + " benefit_from, created_by, version) VALUES (?, 'SUBSIDY', ?, ?, ?, 'ACTIVE', ?, ?, 'fixture', 0)",
                id, living ? "LIVING_SUBSIDY" : "NURSING_SUBSIDY", person, community, applied.toLocalDate(), benefitFrom);
        insert(c, "INSERT INTO subsidy_case (case_id, subsidy_type, benefit_level, bank_name, bank_account)"
                + " VALUES (?, ?, ?, '青海银行', '623000000000000001')", id, living ? "LIVING" : "NURSING", level);
        String[][] steps = {{"CREATED", "DRAFT"}, {"SUBMITTED", "SUBMITTED"}, {"REVIEWED", "FIRST_REVIEWED"},
                {"REVIEWED", "REVIEWED"}, {"REVIEWED", "APPROVED"}, {"ACTIVATED", "ACTIVE"}};
        int[] days = {0, 0, 3, 8, 15, 15};
        for (int k = 0; k < steps.length; k++) {
            Timestamp at = Timestamp.from(applied.plusDays(days[k]).atZone(BEIJING).toInstant());
            insert(c, "INSERT INTO case_event (id, case_id, event_type, state_to, actor, occurred_at)"
                    + " VALUES (?, ?, ?, ?, 'fixture', ?)", nextEvent++, id, steps[k][0], steps[k][1], at);
        }
        return id;
    }

    private void line(Connection c, LocalDate rollMonth, LocalDate paidMonth, String county, long kase, long person,
                      boolean living, int level, int attempt, String status) throws SQLException {
        String key = rollMonth + county;
        Long roll = rolls.get(key);
        if (roll == null) {
            roll = nextId--;
            rolls.put(key, roll);
            insert(c, "INSERT INTO payment_roll (id, roll_month, division_code, status, line_count, total_amount,"
                            + " cases_total, cases_done, created_by, created_at, version)"
                            + " VALUES (?, ?, ?, 'COMPLETED', 0, 0, 0, 0, 'fixture', ?, 0)",
                    roll, rollMonth, county, Timestamp.valueOf(rollMonth.atTime(8, 0)));
        }
        insert(c, "INSERT INTO payment_line (id, roll_id, case_id, person_id, subsidy_type, benefit_level, paid_month,"
                        + " amount, attempt, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                nextId--, roll, kase, person, living ? "LIVING" : "NURSING", level, paidMonth,
                living ? LIVING_MONTHLY : NURSING_MONTHLY, attempt, status);
    }

    private void division(Connection c, String code, String name, String parent, String level, int urban)
            throws SQLException {
        insert(c, "INSERT INTO division (code, name, parent_code, div_level, urban) VALUES (?, ?, ?, ?, ?)",
                code, name, parent, level, urban);
    }

    private static void insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate d) {
                    s.setDate(i + 1, Date.valueOf(d));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            s.executeUpdate();
        }
    }
}
