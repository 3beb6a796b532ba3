package cn.xndpf.domain.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one "value in force on a day" lookup (在某日有效的取值) for values dated by their first day only,
 * each in force until a newer one starts: rates, policy settings. Values with an end of their own carry a
 * {@link DatedPeriod} and are asked {@link DatedPeriod#isInForceOn} instead.
 */
public final class InForce {

    private InForce() {
    }

    /** The newest of {@code values} dated on or before {@code day}. */
    public static <T> Optional<T> on(Collection<T> values, Function<T, LocalDate> validFrom, LocalDate day) {
        return on(values, validFrom, day, (a, b) -> 0);
    }

    /**
     * The newest of {@code values} dated on or before {@code day}; of two with the same date, the one
     * {@code preferred} orders first.
     */
    public static <T> Optional<T> on(Collection<T> values, Function<T, LocalDate> validFrom, LocalDate day,
                                     Comparator<T> preferred) {
        Comparator<T> newestFirst = Comparator.comparing(validFrom).reversed();
        return values.stream().filter(v -> !validFrom.apply(v).isAfter(day))
                .min(newestFirst.thenComparing(preferred));
    }
}
