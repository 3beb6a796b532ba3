package cn.xndpf.it.statistics;

import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.person.IdNumber;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
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
