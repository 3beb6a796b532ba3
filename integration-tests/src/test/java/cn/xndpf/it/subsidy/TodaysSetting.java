package cn.xndpf.it.subsidy;

import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.shared.PolicySettingRepository;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;

/**
 * A policy value changed from today, as the federation would change it: a dated {@code policy_setting} row
 * is added (through the application's repository), and taken out again on {@link #close()}, so the value
 * in force is the one from before.
 */
public final class TodaysSetting implements AutoCloseable {

    private static final String NOTE = "integration test";

    private final DataSource dataSource;
    private final String key;

    public TodaysSetting(PolicySettingRepository settings, UserTransaction tx, DataSource dataSource, String key, String value)
            throws Exception {
        this.dataSource = dataSource;
        this.key = key;
        tx.begin();
        try {
            settings.store(new PolicySetting(key, value, PlatformClock.today(), NOTE));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "DELETE FROM policy_setting WHERE setting_key = ? AND valid_from = ? AND note = ?")) {
            s.setString(1, key);
            s.setDate(2, Date.valueOf(PlatformClock.today()));
            s.setString(3, NOTE);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("the test setting " + key + " was not restored");
            }
        }
    }
}
