package cn.xndpf.domain.employment;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual verification (年审) of one declared disabled employee, as a pure function of the facts on the
 * verification day (the declared year's last day), so the screen, the partner's declaration and the fund judge
 * alike. Recognised only with: a certificate valid that day in the registry, alive, of working age (the dated
 * band {@code employment.quota.minAge} .. {@code maxAge.MALE}/{@code maxAge.FEMALE}), a labour contract in force
 * that day of at least {@code employment.quota.minContractMonths}, at least
 * {@code employment.quota.minInsuranceMonths} months of social insurance paid in the year, and a monthly wage
 * not below the local minimum wage ({@code employment.minimumWage.monthly}). A recognised employee of level 1
 * or 2 (重度, by the registry's certificate, not the declaration) counts as two.
 */
public final class QuotaRules {

    public static final String MIN_AGE = "employment.quota.minAge";
    public static final String MAX_AGE_PREFIX = "employment.quota.maxAge.";
    public static final String MIN_CONTRACT_MONTHS = "employment.quota.minContractMonths";
    public static final String MIN_INSURANCE_MONTHS = "employment.quota.minInsuranceMonths";
    public static final String MINIMUM_WAGE = "employment.minimumWage.monthly";

    private QuotaRules() {
    }

    /** The dated values in force on the verification day. */
    public record Policy(int minAge, int maxAgeMale, int maxAgeFemale, int minContractMonths,
                         int minInsuranceMonths, BigDecimal minimumMonthlyWage) {
    }

    /**
     * What is known of one declared employee on {@code day}: whether the ID number is registered, alive that
     * day, the level of the certificate valid that day (null when none), and what the employer declared.
     */
    public record Facts(IdNumber idNumber, boolean registered, boolean alive, DisabilityLevel validCertificateLevel,
                        LocalDate contractFrom, LocalDate contractTo, int insuranceMonths, BigDecimal monthlyWage,
                        LocalDate day) {
    }

    public record Reason(String key, String argument) {
    }

    /** Recognised or not, every reason at once, and how many the employee counts for (0, 1 or 2). */
    public record Verdict(boolean recognised, int counted, List<Reason> reasons) {
    }

    public static Verdict verify(Facts f, Policy p) {
        List<Reason> reasons = new ArrayList<>();
        if (!f.registered()) {
            reasons.add(new Reason("employment.notRegistered", null));
        } else {
            if (f.validCertificateLevel() == null) {
                reasons.add(new Reason("employment.noValidCertificate", f.day().toString()));
            }
            if (!f.alive()) {
                reasons.add(new Reason("employment.deceased", null));
            }
        }
        int age = Period.between(f.idNumber().birthDate(), f.day()).getYears();
        int maxAge = f.idNumber().sex() == Sex.MALE ? p.maxAgeMale() : p.maxAgeFemale();
        if (age < p.minAge() || age > maxAge) {
            reasons.add(new Reason("employment.notWorkingAge", p.minAge() + "-" + maxAge));
        }
        if (f.contractFrom() == null || f.contractFrom().isAfter(f.day())
                || f.contractTo() != null && f.contractTo().isBefore(f.day())) {
            reasons.add(new Reason("employment.contractNotInForce", f.day().toString()));
        } else if (f.contractTo() != null
                && f.contractFrom().plusMonths(p.minContractMonths()).minusDays(1).isAfter(f.contractTo())) {
            reasons.add(new Reason("employment.contractTooShort", String.valueOf(p.minContractMonths())));
        }
        if (f.insuranceMonths() < p.minInsuranceMonths()) {
            reasons.add(new Reason("employment.insuranceMonths", String.valueOf(p.minInsuranceMonths())));
        }
        if (f.monthlyWage() == null || f.monthlyWage().compareTo(p.minimumMonthlyWage()) < 0) {
            reasons.add(new Reason("employment.wageBelowMinimum", p.minimumMonthlyWage().toPlainString()));
        }
        if (!reasons.isEmpty()) {
            return new Verdict(false, 0, List.copyOf(reasons));
        }
        return new Verdict(true, f.validCertificateLevel().isSevere() ? 2 : 1, List.of());
    }
}
