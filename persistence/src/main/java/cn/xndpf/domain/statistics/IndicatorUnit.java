package cn.xndpf.domain.statistics;

import cn.xndpf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Units of the catalogue (计量单位). Figures are stored in the base unit (yuan for money, percent for
 * rates); {@link #display} turns them into what reports show, e.g. yuan into 万元 with two decimals.
 */
public enum IndicatorUnit {
    HOUSEHOLDS("户", "households", 1, 0),
    PERSONS("人", "persons", 1, 0),
    PERSON_TIMES("人次", "person-times", 1, 0),
    ITEMS("件", "cases", 1, 0),
    SESSIONS("场次", "events", 1, 0),
    UNITS("个", "units", 1, 0),
    PIECES("部", "sets", 1, 0),
    /** accessibility: accessible buses (无障碍公交车) */
    VEHICLES("辆", "vehicles", 1, 0),
    TEN_THOUSAND_YUAN("万元", "10,000 yuan", 10_000, 2),
    PERCENT("%", "%", 1, 2);

    private final String symbol;
    private final String englishSymbol;
    private final BigDecimal divisor;
    private final int decimals;

    IndicatorUnit(String symbol, String englishSymbol, int divisor, int decimals) {
        this.symbol = symbol;
        this.englishSymbol = englishSymbol;
        this.divisor = BigDecimal.valueOf(divisor);
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    public String chineseName() {
        return symbol;
    }

    public String englishName() {
        return englishSymbol;
    }

    public int decimals() {
        return decimals;
    }

    /** A stored value (base unit) in this unit, rounded half-up to the unit's decimals. */
    public BigDecimal display(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        return stored.divide(divisor, decimals, RoundingMode.HALF_UP);
    }

    /** A value entered in this unit (e.g. a target in 万元) in the stored base unit. */
    public BigDecimal toStored(BigDecimal shown) {
        return shown == null ? null : shown.multiply(divisor).setScale(2, RoundingMode.HALF_UP);
    }

    public static IndicatorUnit ofSymbol(String symbol) {
        for (IndicatorUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new InvalidValueException("unit", "statistics.unknownUnit", symbol);
    }
}
