package cn.xndpf.application.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every calculator the application has, found by the keys the catalogue names. */
@ApplicationScoped
public class IndicatorCalculators {

    @Inject
    @Any
    private Instance<IndicatorCalculator> all;

    private final Map<String, IndicatorCalculator> byKey = new HashMap<>();

    @PostConstruct
    void register() {
        for (IndicatorCalculator c : all) {
            for (String key : c.keys()) {
                IndicatorCalculator previous = byKey.put(key, c);
                if (previous != null && previous.getClass() != c.getClass()) {
                    throw new IllegalStateException("Calculator key " + key + " is claimed by " + previous.getClass()
                            .getName() + " and " + c.getClass().getName());
                }
            }
        }
    }

    public Optional<IndicatorCalculator> forKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Set<String> keys() {
        return Set.copyOf(byKey.keySet());
    }
}
