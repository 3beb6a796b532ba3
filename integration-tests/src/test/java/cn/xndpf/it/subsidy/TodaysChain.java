package cn.xndpf.it.subsidy;

import cn.xndpf.domain.shared.PlatformClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;

/**
 * A different review chain for the nursing subsidy from today, as an administrator would enter it: the
 * rows in force end yesterday, new rows start today. Closing puts the chain of V7 back.
 * <p>
 * From today: 区县残联核查 (stage {@code DPF_CHECK}) by district DPF staff, five working days; then 审定 by
 * district civil affairs, ten calendar days. No township stage.
 */
final class TodaysChain implements AutoCloseable {

    static final String PROGRAM = "NURSING_SUBSIDY";
    static final String CHECK = "DPF_CHECK";
    private static final long FIRST_ID = 990_001;

    private final DataSource dataSource;
    private final LocalDate today = PlatformClock.today();

    TodaysChain(DataSource dataSource) throws Exception {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE review_chain_stage SET valid_to = ? WHERE program_code = ? AND valid_to IS NULL")) {
                s.setDate(1, Date.valueOf(today.minusDays(1)));
                s.setString(2, PROGRAM);
                if (s.executeUpdate() != 3) {
                    throw new IllegalStateException("expected the three open stages of V7");
                }
            }
            insert(c, FIRST_ID, 1, CHECK, "区县残联核查", "District DPF check", "DISTRICT_STAFF", 5, 1);
            insert(c, FIRST_ID + 1, 2, "APPROVAL", "审定", "Final approval", "DISTRICT_CIVIL_AFFAIRS", 10, 0);
        }
    }

    private void insert(Connection c, long id, int order, String code, String zh, String en, String role,
                        int days, int workingDays) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO review_chain_stage (id, program_code, stage_order,"
                + " stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'COUNTY', ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, PROGRAM);
            s.setInt(3, order);
            s.setString(4, code);
            s.setString(5, zh);
            s.setString(6, en);
            s.setString(7, role);
            s.setInt(8, days);
            s.setInt(9, workingDays);
            s.setDate(10, Date.valueOf(today));
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM review_chain_stage WHERE id IN (?, ?)")) {
                s.setLong(1, FIRST_ID);
                s.setLong(2, FIRST_ID + 1);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE review_chain_stage SET valid_to = NULL WHERE program_code = ? AND valid_to = ?")) {
                s.setString(1, PROGRAM);
                s.setDate(2, Date.valueOf(today.minusDays(1)));
                if (s.executeUpdate() != 3) {
                    throw new IllegalStateException("the chain of V7 was not restored");
                }
            }
        }
    }
}
