package cn.xndpf.it.education;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;

/**
 * Made-up certificate holders and their children for the education tests: the holder registered through
 * the registry by the district staff of their county (certificate and household status dated a year back),
 * the child a valid ID number born 2010-2019, not registered (a student need not be). Leaves that district
 * user logged in.
 */
final class Students {

    static final String DONGGUAN = "630102001001";
    static final String CHENGZHONG = "630103001001";

    private static final Map<String, String[]> DISTRICT_STAFF = Map.of(
            "630102", new String[]{"chengdong", "district123"},
            "630103", new String[]{"chengzhong", "district123"});
    private static final SecureRandom RANDOM = new SecureRandom();

    record Holder(long personId, String idNumber, long householdId) {
    }

    private final RegistryService registry;

    Students(RegistryService registry) {
        this.registry = registry;
    }

    Holder holder(String community, AssistanceStatus... statuses) {
        String[] staff = DISTRICT_STAFF.get(community.substring(0, 6));
        StaffLogin.as(staff[0], staff[1]);
        LocalDate yearAgo = PlatformClock.today().minusYears(1);
        String id = TestIds.valid(community.substring(0, 6), true);
        long personId = registry.register(new PersonRegistration(id, "助学测试家长", "汉族", "13900000000", "测试地址3号",
                community, "HS" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.VISUAL, DisabilityLevel.THREE, yearAgo);
        PersonRecord record = registry.open(personId);
        for (AssistanceStatus s : statuses) {
            registry.changeAssistance(record.household().id(), s, true, yearAgo);
        }
        return new Holder(personId, id, record.household().id());
    }

    /** A child's ID number: 630102, born on a random day of 2010-2019. */
    static String child() {
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(RANDOM.nextInt(3650));
        String first17 = String.format("630102%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), RANDOM.nextInt(999) + 1);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
