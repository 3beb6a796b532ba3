package cn.xndpf.it;

import cn.xndpf.domain.person.IdNumber;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Synthetic ID numbers for tests: valid check characters, born 1916-1925, older than anyone the demo
 * data generates (ages 1 to 95). Every test archive loads this class afresh, so each starts at a random
 * point of the 1.8 million numbers a county offers, which keeps test classes from meeting each other.
 */
public final class TestIds {

    private static final int DAYS = 3650;
    private static final int SEQUENCES = 499;
    private static final AtomicInteger NEXT = new AtomicInteger(new SecureRandom().nextInt(DAYS * SEQUENCES));

    private TestIds() {
    }

    public static String valid(String county, boolean male) {
        int n = Math.floorMod(NEXT.getAndIncrement(), DAYS * SEQUENCES);
        LocalDate birth = LocalDate.of(1916, 1, 1).plusDays(n % DAYS);
        int seq = (n / DAYS) * 2 + (male ? 1 : 2);
        String first17 = county + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The same number with a check character that is certainly wrong. */
    public static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        return valid.substring(0, 17) + (right == '1' ? '2' : '1');
    }
}
