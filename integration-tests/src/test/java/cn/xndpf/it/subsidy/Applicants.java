package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;

import java.time.LocalDate;
import java.util.Map;

/**
 * Made-up applicants for the subsidy tests, registered through the registry's own services by the
 * district staff of their county: a person, their certificate and their household's assistance status,
 * each dated a year back so that they hold today. Leaves that district user logged in.
 */
final class Applicants {

    /** 东关街道's first community, where the demo community worker and township clerk work. */
    static final String DONGGUAN = "630102001001";

    private static final Map<String, String[]> DISTRICT_STAFF = Map.of(
            "630102", new String[]{"chengdong", "district123"},
            "630103", new String[]{"chengzhong", "district123"});

    /** Someone prepared for a test. */
    record Applicant(long personId, String idNumber, long householdId, Long certificateId) {
    }

    private final RegistryService registry;

    Applicants(RegistryService registry) {
        this.registry = registry;
    }

    /** A person in {@code community} with a valid certificate of this category and level. */
    Applicant holder(String community, DisabilityCategory category, DisabilityLevel level,
                     AssistanceStatus... householdStatuses) {
        String[] staff = DISTRICT_STAFF.get(community.substring(0, 6));
        StaffLogin.as(staff[0], staff[1]);
        LocalDate yearAgo = PlatformClock.today().minusYears(1);
        String id = TestIds.valid(community.substring(0, 6), true);
        long personId = registry.register(new PersonRegistration(id, "补贴测试人", "汉族", "13900000000", "测试地址1号",
                community, "HS" + id, true));
        Long certificateId = category == null ? null : registry.issueCertificate(personId, category, level, yearAgo);
        PersonRecord record = registry.open(personId);
        for (AssistanceStatus s : householdStatuses) {
            registry.changeAssistance(record.household().id(), s, true, yearAgo);
        }
        return new Applicant(personId, id, record.household().id(), certificateId);
    }

    /** A person in 东关街道 who qualifies for the nursing subsidy (level 1) and, in a 低保 household, the living one. */
    Applicant qualifyingForBoth() {
        return holder(DONGGUAN, DisabilityCategory.PHYSICAL, DisabilityLevel.ONE, AssistanceStatus.DIBAO);
    }

    /** A registered person with no certificate at all. */
    Applicant withoutCertificate(String community) {
        return holder(community, null, null);
    }
}
