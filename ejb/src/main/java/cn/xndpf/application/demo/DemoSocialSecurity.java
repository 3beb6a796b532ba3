package cn.xndpf.application.demo;

import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.HouseholdAssistance;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InForce;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.socialsecurity.PensionRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's basic pension insurance lists (养老保险代缴/补贴名单演示历史): every year since 2021, the list district
 * staff would have compiled in January by {@link PensionRules} with the settings in force on 1 January (the
 * people living then with a certificate valid then, of the contributing ages, each with the share of their
 * level), and the HR and social-security partner's answer in March: most insured, some not, a few never
 * answered; this year only the counties whose code ends in an even digit have been answered, the other
 * counties' lines still wait. Medical insurance is answered with the pension; medical assistance (医疗救助)
 * for a household holding 低保 or 特困 on the answer's day. The inclusion in 低保 and 特困 needs no history of
 * its own: it is read from the household statuses the people were generated with.
 * <p>
 * A random source of its own (the seed's), so the people and the other programs' records stay what they are.
 */
public class DemoSocialSecurity {

    public static final int FIRST_YEAR = 2021;
    /** Who answers: the demo partner (its reporting name, as {@code PensionAnswerService} stores it). */
    public static final String PARTNER = "partner:partner-demo";
    /** Of the lines, those the partner never answered, and of the others those answered not insured. */
    private static final double UNANSWERED = 0.02;
    private static final double NOT_INSURED = 0.06;

    /**
     * A list line and its answer ({@code pensionInsured} null: not answered; then the other answers are null
     * too).
     */
    public record Line(DemoDataGenerator.DemoPerson who, String county, String division, int year, int level, BigDecimal share,
                       LocalDate compiledOn, String compiledBy, Boolean pensionInsured, Boolean medicalInsured,
                       Boolean medicalAssistance, LocalDateTime answeredAt) {
    }

    private final Random random;
    private final LocalDate today;
    private final Map<String, List<PolicySetting>> settings;
    private final DemoActors actors;

    /** @param settings the dated pension settings ({@link #settingKeys()}), by key */
    public DemoSocialSecurity(long seed, LocalDate today, Map<String, List<PolicySetting>> settings,
                              List<StaffUser> staff) {
        this.random = new Random(seed ^ 0x50C1A1L);
        this.today = today;
        this.settings = settings;
        this.actors = new DemoActors(staff);
    }

    public static List<String> settingKeys() {
        List<String> keys = new ArrayList<>(List.of(PensionRules.MIN_AGE, PensionRules.MAX_AGE));
        for (int level = 1; level <= 4; level++) {
            keys.add(PensionRules.SHARE + level);
        }
        return keys;
    }

    /** This year's answer has come for a county whose code ends in an even digit; the others wait. */
    public static boolean answeredThisYear(String county) {
        return (county.charAt(county.length() - 1) - '0') % 2 == 0;
    }

    public List<Line> plan(List<DemoDataGenerator.DemoPerson> people) {
        List<Line> lines = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            LocalDate day = PensionRules.settingsDay(year);
            Integer minAge = number(PensionRules.MIN_AGE, day);
            Integer maxAge = number(PensionRules.MAX_AGE, day);
            if (minAge == null || maxAge == null) {
                continue;
            }
            Map<Integer, BigDecimal> shares = new HashMap<>();
            for (int level = 1; level <= 4; level++) {
                int l = level;
                value(PensionRules.SHARE + level, day).ifPresent(v -> shares.put(l, new BigDecimal(v.trim())));
            }
            LocalDate compiled = min(LocalDate.of(year, 1, 10), today);
            LocalDate answered = LocalDate.of(year, 3, 15);
            for (DemoDataGenerator.DemoPerson d : people) {
                LocalDate death = d.person().deathDate();
                Certificate valid = DemoSubsidyCases.validOn(d, day);
                if ((death != null && !death.isAfter(day)) || valid == null) {
                    continue;
                }
                int level = valid.level().code();
                BigDecimal share = PensionRules.share(level, shares);
                if (share == null || !PensionRules.contributes(d.person().birthDate(), year, minAge, maxAge)) {
                    continue;
                }
                String county = d.person().division().county().value();
                // the same draws for every line, so a plan does not shift with what came before it
                double answer = random.nextDouble();
                double medical = random.nextDouble();
                int hour = 9 + random.nextInt(8);
                String compiledBy = actors.districtStaff(d);
                boolean open = year < today.getYear()
                        || (answeredThisYear(county) && !answered.isAfter(today));
                if (!open || answer < UNANSWERED) {
                    lines.add(new Line(d, county, d.person().division().value(), year, level, share,
                            compiled, compiledBy, null, null, null, null));
                    continue;
                }
                boolean insured = answer >= UNANSWERED + NOT_INSURED;
                lines.add(new Line(d, county, d.person().division().value(), year, level, share,
                        compiled, compiledBy, insured, medical < (insured ? 0.97 : 0.8),
                        poorOn(d, answered), answered.atTime(hour, 0)));
            }
        }
        return lines;
    }

    /** The household holds 低保 or 特困 on the day: medical assistance (医疗救助) comes with it. */
    private static boolean poorOn(DemoDataGenerator.DemoPerson d, LocalDate day) {
        if (d.household() == null) {
            return false;
        }
        Set<AssistanceStatus> assisted = Set.of(AssistanceStatus.DIBAO, AssistanceStatus.TEKUN,
                AssistanceStatus.TEKUN_CENTRALISED);
        for (HouseholdAssistance a : d.household().assistanceHistory()) {
            if (assisted.contains(a.status()) && a.isInForceOn(day)) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<String> value(String key, LocalDate day) {
        return InForce.on(settings.getOrDefault(key, List.of()), PolicySetting::validFrom, day).map(PolicySetting::value);
    }

    private Integer number(String key, LocalDate day) {
        return value(key, day).map(v -> Integer.valueOf(v.trim())).orElse(null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
