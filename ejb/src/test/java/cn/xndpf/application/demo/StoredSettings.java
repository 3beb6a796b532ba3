package cn.xndpf.application.demo;

import cn.xndpf.domain.shared.PolicySetting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated settings as a migration stores them (its {@code policy_setting} INSERT rows), so a planner's test
 * follows the data the server has rather than a copy of it.
 */
final class StoredSettings {

    private static final Pattern ROW = Pattern.compile("VALUES \\(\\d+, '([^']+)', '([^']*)', DATE '([0-9-]+)'");

    private StoredSettings() {
    }

    static Map<String, List<PolicySetting>> of(String migration, List<String> keys) {
        String sql;
        try (InputStream in = StoredSettings.class.getResourceAsStream("/db/migration/" + migration)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + migration);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<PolicySetting>> settings = new LinkedHashMap<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            settings.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                    .add(new PolicySetting(m.group(1), m.group(2), LocalDate.parse(m.group(3)), null));
        }
        for (String key : keys) {
            if (!settings.containsKey(key)) {
                throw new IllegalStateException(migration + " stores no " + key);
            }
        }
        settings.values().forEach(l -> l.sort(Comparator.comparing(PolicySetting::validFrom)));
        return settings;
    }
}
