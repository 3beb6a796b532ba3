package cn.xndpf.domain.rights;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who may have the fuel subsidy (机动轮椅车燃油补贴) for a year: a living registered person with a valid
 * certificate of a category and level the dated settings name, who owns a registered motorised wheelchair
 * (its plate), for this year or the last, not yet applied for, with an amount set for that year. Pure: the
 * caller reads the facts.
 */
public final class FuelSubsidyRules {

    /** The yearly amount, read on 1 January of the year applied for. */
    public static final String AMOUNT = "rights.fuel.amount";
    public static final String CATEGORIES = "rights.fuel.categories";
    public static final String LEVELS = "rights.fuel.levels";

    /** A plate as the traffic police issue it: letters, digits and Chinese characters, 5 to 20 of them. */
    private static final Pattern PLATE = Pattern.compile("[\\p{IsHan}A-Z0-9·-]{5,20}");

    private FuelSubsidyRules() {
    }

    /** What the rules look at. {@code certificate} null when the person holds no valid one. */
    public record Facts(Person owner, Certificate certificate, Integer year, String vehiclePlate, BigDecimal amount,
                        Set<Integer> categories, Set<Integer> levels, boolean alreadyApplied, LocalDate today) {
    }

    /** Every reason the application is refused, each naming its field; empty when it is taken. */
    public static List<InvalidValueException> problems(Facts f) {
        List<InvalidValueException> out = new ArrayList<>();
        if (f.owner().isDeceased()) {
            out.add(new InvalidValueException("idNumber", "fuel.deceased"));
        }
        if (f.certificate() == null || !f.certificate().isValid()) {
            out.add(new InvalidValueException("idNumber", "fuel.noValidCertificate"));
        } else if (!f.categories().contains(f.certificate().category().code())
                || !f.levels().contains(f.certificate().level().code())) {
            out.add(new InvalidValueException("idNumber", "fuel.notEligible",
                    f.certificate().category().chineseName() + f.certificate().level().chineseName()));
        }
        String plate = normalisedPlate(f.vehiclePlate());
        if (plate == null) {
            out.add(new InvalidValueException("vehiclePlate", "fuel.vehiclePlate"));
        }
        int thisYear = f.today().getYear();
        if (f.year() == null || f.year() < thisYear - 1 || f.year() > thisYear) {
            out.add(new InvalidValueException("year", "fuel.yearNotOpen", (thisYear - 1) + "-" + thisYear));
        } else if (f.amount() == null) {
            out.add(new InvalidValueException("year", "fuel.noAmount", f.year()));
        } else if (f.alreadyApplied()) {
            out.add(new InvalidValueException("year", "fuel.alreadyApplied", f.year()));
        }
        return out;
    }

    /** The plate in capitals without spaces, or null when it is not one. */
    public static String normalisedPlate(String plate) {
        if (plate == null) {
            return null;
        }
        String p = plate.replace(" ", "").trim().toUpperCase();
        return PLATE.matcher(p).matches() ? p : null;
    }

    /** A setting's list of digits ("1,2,3") as numbers; blanks ignored. */
    public static Set<Integer> codes(String setting) {
        return Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toSet());
    }

    /** 1 January of {@code year}: the day whose setting fixes the year's amount. */
    public static LocalDate amountDay(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
