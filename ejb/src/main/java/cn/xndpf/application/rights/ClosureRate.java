package cn.xndpf.application.rights;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The closure rate (办结率) of the petitions received in a period: closed / accepted (a petition not accepted
 * is outside the denominator); null while none was accepted.
 */
public record ClosureRate(long received, long accepted, long closed) implements Serializable {

    /** Percent with two decimals. */
    public BigDecimal percent() {
        if (accepted == 0) {
            return null;
        }
        return BigDecimal.valueOf(closed * 100L).divide(BigDecimal.valueOf(accepted), 2, RoundingMode.HALF_UP);
    }
}
