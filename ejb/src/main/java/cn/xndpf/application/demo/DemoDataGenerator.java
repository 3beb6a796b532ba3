package cn.xndpf.application.demo;

import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Synthetic demo data: made-up names and ID numbers with valid check characters, never real people.
 * Proportions follow what a certificate registry typically shows (physical disabilities the largest
 * group, more men than women, mostly older people, rural counties larger than urban districts).
 * A fixed seed makes every run produce the same data.
 */
public class DemoDataGenerator {

    /** County-level divisions and their share of the city's certificate holders. */
    private static final Map<String, Double> COUNTY_WEIGHTS = new LinkedHashMap<>();

    static {
        COUNTY_WEIGHTS.put("630102", 0.12);
        COUNTY_WEIGHTS.put("630103", 0.10);
        COUNTY_WEIGHTS.put("630104", 0.10);
        COUNTY_WEIGHTS.put("630105", 0.12);
        COUNTY_WEIGHTS.put("630106", 0.25);
        COUNTY_WEIGHTS.put("630121", 0.22);
        COUNTY_WEIGHTS.put("630123", 0.09);
    }

    private static final Set<String> URBAN_COUNTIES = Set.of("630102", "630103", "630104", "630105");
    private static final double[] CATEGORY_WEIGHTS = {0.10, 0.11, 0.01, 0.47, 0.10, 0.12, 0.09};
    private static final double[] LEVEL_WEIGHTS = {0.12, 0.25, 0.30, 0.33};
    private static final String SURNAMES = "王李张刘陈杨马赵黄周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文祁鲁";
    private static final String GIVEN = "明华英兰芳军平伟玲红梅海东生建国秀霞丽强燕文德福永成学春秋桂花玉珍兴林新世忠志勇杰刚峰莉敏静婷慧俊鹏飞宁晓云雪洁晨辉洋亮磊";
    private static final String PLACE = "东关南滩北山西川康乐和平兴海民和新华青藏湟水安泰景阳朝阳园林富强丰收金塔龙泉柳湾塔尔多巴田家寨上新庄鲁沙尔甘河拦隆口";
    private static final String[] ETHNICITY = {"汉族", "汉族", "汉族", "汉族", "回族", "回族", "土族", "藏族", "撒拉族", "蒙古族"};

    private final Random random;
    private final Map<String, List<Division>> communitiesByCounty = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final LocalDate today = PlatformClock.today();
    private List<Division> divisions;

    public DemoDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A person with their household and certificates, ready to persist. */
    public record DemoPerson(Person person, Household household, List<Certificate> certificates) {
    }

    /** Townships or streets (9 digits) and communities or villages (12 digits) under each county. */
    public List<Division> divisions() {
        if (divisions != null) {
            return divisions;
        }
        divisions = new ArrayList<>();
        for (String county : COUNTY_WEIGHTS.keySet()) {
            boolean urbanCounty = URBAN_COUNTIES.contains(county);
            int townships = 5 + random.nextInt(5);
            List<Division> communities = new ArrayList<>();
            for (int t = 1; t <= townships; t++) {
                DivisionCode tCode = DivisionCode.of(county + String.format("%03d", t));
                String tName = county.equals("630102") && t == 1 ? "东关街道"
                        : placeName() + (urbanCounty ? "街道" : (t % 3 == 0 ? "乡" : "镇"));
                divisions.add(new Division(tCode, tName, DivisionCode.of(county), urbanCounty));
                int villages = 3 + random.nextInt(6);
                for (int v = 1; v <= villages; v++) {
                    boolean urban = urbanCounty || v == 1;
                    Division c = new Division(DivisionCode.of(tCode.value() + String.format("%03d", v)),
                            placeName() + (urban ? "社区" : "村"), tCode, urban);
                    divisions.add(c);
                    communities.add(c);
                }
            }
            communitiesByCounty.put(county, communities);
        }
        return divisions;
    }

    public List<StaffUser> staff() {
        return List.of(
                user("admin", "系统管理员", "admin123", StaffRole.ADMIN, "630100"),
                user("city", "市残联 演示用户", "city123", StaffRole.CITY_STAFF, "630100"),
                user("chengdong", "城东区残联 演示用户", "district123", StaffRole.DISTRICT_STAFF, "630102"),
                user("chengzhong", "城中区残联 演示用户", "district123", StaffRole.DISTRICT_STAFF, "630103"),
                user("civil-chengdong", "城东区民政 演示用户", "civil123", StaffRole.DISTRICT_CIVIL_AFFAIRS, "630102"),
                user("clerk-dongguan", "东关街道经办员 演示用户", "clerk123", StaffRole.TOWNSHIP_CLERK, "630102001"),
                user("worker-dongguan", "社区专干 演示用户", "worker123", StaffRole.COMMUNITY_WORKER, "630102001001"));
    }

    public List<Partner> partners() {
        return List.of(new Partner("partner-demo", "演示合作方（民政/银行/省平台/教育/人社/税务）",
                PasswordHasher.hash("partner-demo-secret"), Set.of(Partner.SCOPE_CERTIFICATE_VERIFICATION,
                Partner.SCOPE_BANK_PAYMENT, Partner.SCOPE_CIVIL_AFFAIRS, Partner.SCOPE_SUBSIDY_STATUS,
                Partner.SCOPE_STATISTICS, Partner.SCOPE_EDUCATION_ENROLMENT, Partner.SCOPE_EMPLOYMENT_DECLARATION,
                Partner.SCOPE_SECURITY_FUND, Partner.SCOPE_SOCIAL_SECURITY), Set.of(DivisionCode.of("630100"))));
    }

    private static StaffUser user(String name, String display, String password, StaffRole role, String division) {
        return new StaffUser(name, display, PasswordHasher.hash(password), role, DivisionCode.of(division));
    }

    /** People in households of one or two members, members of a household next to each other. */
    public List<DemoPerson> people(int count) {
        List<DemoPerson> result = new ArrayList<>(count);
        people(count, result::add);
        return result;
    }

    /**
     * The same people handed over one by one, so that a province-sized set (the benchmark's million) is
     * written as it is made instead of being held in memory.
     */
    public void people(int count, Consumer<DemoPerson> sink) {
        divisions();
        int made = 0;
        while (made < count) {
            String county = pick(COUNTY_WEIGHTS);
            List<Division> communities = communitiesByCounty.get(county);
            Division community = communities.get(random.nextInt(communities.size()));
            Household h = new Household(String.format("H%s%06d", county, made), community.code(),
                    address(community), community.isUrban());
            assistance(h);
            int members = random.nextDouble() < 0.1 && made + 2 <= count ? 2 : 1;
            for (int m = 0; m < members; m++) {
                sink.accept(person(county, community, h));
                made++;
            }
        }
    }

    private void assistance(Household h) {
        double r = random.nextDouble();
        LocalDate from = today.minusMonths(6 + random.nextInt(90)).withDayOfMonth(1);
        if (r < 0.25) {
            h.grantStatus(AssistanceStatus.DIBAO, from, "civil-affairs");
        } else if (r < 0.27) {
            h.grantStatus(AssistanceStatus.TEKUN, from, "civil-affairs");
        } else if (r < 0.28) {
            h.grantStatus(AssistanceStatus.TEKUN_CENTRALISED, from, "civil-affairs");
        } else if (r < 0.36) {
            h.grantStatus(AssistanceStatus.LOW_INCOME, from, "civil-affairs");
        } else if (r < 0.41) {
            h.grantStatus(AssistanceStatus.MONITORED, from, "rural-revitalisation");
        } else if (r < 0.45) {
            // left 低保 some months ago: history, not current status
            h.grantStatus(AssistanceStatus.DIBAO, from.minusYears(2), "civil-affairs");
            h.revokeStatus(AssistanceStatus.DIBAO, from);
        }
    }

    private DemoPerson person(String county, Division community, Household h) {
        IdNumber id = idNumber(county, birthDate());
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given();
        Person p = new Person(id, name, community.code(), h, community.isUrban());
        p.updateContact(name, ETHNICITY[random.nextInt(ETHNICITY.length)],
                "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000)),
                address(community));
        List<Certificate> certificates = new ArrayList<>();
        double r = random.nextDouble();
        if (r < 0.96) {
            LocalDate issued = issueDate(p.birthDate());
            Certificate c = Certificate.issue(p, DisabilityCategory.values()[pickIndex(CATEGORY_WEIGHTS)],
                    DisabilityLevel.values()[pickIndex(LEVEL_WEIGHTS)], issued, "demo");
            certificates.add(c);
            history(c, issued, community);
            if (r > 0.92 && c.isValid()) {
                LocalDate cancelled = between(issued, today);
                c.cancel(CancellationReason.DEATH, cancelled, "demo", null);
                p.recordDeath(cancelled);
            }
        }
        return new DemoPerson(p, h, certificates);
    }

    private void history(Certificate c, LocalDate issued, Division community) {
        double r = random.nextDouble();
        if (r < 0.10) {
            DisabilityLevel newLevel = DisabilityLevel.values()[(c.level().ordinal() + 1 + random.nextInt(3)) % 4];
            c.reassess(c.category(), newLevel, between(issued, today), "demo", "复评等级变化");
        } else if (r < 0.14) {
            c.renew(between(issued, today), "demo", "证件损坏换领");
        }
    }

    private LocalDate birthDate() {
        // Skewed towards older people, as certificate holders are.
        int age = (int) Math.min(95, Math.max(1, Math.round(55 + random.nextGaussian() * 19)));
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private LocalDate issueDate(LocalDate birth) {
        LocalDate earliest = birth.plusYears(1).isAfter(LocalDate.of(2008, 1, 1)) ? birth.plusYears(1)
                : LocalDate.of(2008, 1, 1);
        return between(earliest, today);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? to : from.plusDays((long) (random.nextDouble() * days));
    }

    private IdNumber idNumber(String county, LocalDate birth) {
        boolean male = random.nextDouble() < 0.57;
        while (true) {
            int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
            if (seq == 0) {
                continue;
            }
            String first17 = county + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + String.format("%03d", seq);
            String value = first17 + IdNumber.checkCharacter(first17);
            if (usedIds.add(value)) {
                return IdNumber.of(value, today);
            }
        }
    }

    private String given() {
        StringBuilder s = new StringBuilder().append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextDouble() < 0.7) {
            s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return s.toString();
    }

    private String placeName() {
        int i = random.nextInt(PLACE.length() - 1);
        return PLACE.substring(i, i + 2);
    }

    private String address(Division community) {
        return community.name() + (1 + random.nextInt(60)) + "号";
    }

    private String pick(Map<String, Double> weights) {
        double r = random.nextDouble();
        double acc = 0;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            acc += e.getValue();
            last = e.getKey();
            if (r < acc) {
                return last;
            }
        }
        return last;
    }

    private int pickIndex(double[] weights) {
        double r = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
