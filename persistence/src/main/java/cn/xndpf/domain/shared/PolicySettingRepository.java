package cn.xndpf.domain.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PolicySettingRepository {

    /** The value of a setting in force on a day: the one with the newest date not after it. */
    Optional<String> valueOn(String key, LocalDate day);

    List<PolicySetting> history(String key);

    void store(PolicySetting setting);
}
