package cn.xndpf.it;

import cn.xndpf.domain.person.IdNumber;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic ID numbers for tests: valid check characters, birth dates no demo person has (year 1931). */
public final class TestIds {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 300));

    private TestIds() {
    }

    public static String valid(String county, boolean male) {
        int n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1931, 1, 1).plusDays(n % 360);
        int seq = (n / 360 % 400) * 2 + (male ? 1 : 2);
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
