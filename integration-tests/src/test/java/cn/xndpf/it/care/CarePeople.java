package cn.xndpf.it.care;

import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.StaffLogin;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Registers made-up applicants for the care program through the registry's services: working-age people
 * (the care band, 16 to 59) of 东关 street with a certificate, by 城东区 staff.
 */
public final class CarePeople {

    public static final String DONGGUAN = "630102001001";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A registered person: id and ID number. */
    public record Applicant(long id, String idNumber) {
    }

    private CarePeople() {
    }

    /** A person of {@code age} years (birthday in the past year) with a certificate of the category and level. */
    public static Applicant register(RegistryService registry, int age, DisabilityCategory category,
                                     DisabilityLevel level) {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        LocalDate birth = today.minusYears(age).minusDays(1 + RANDOM.nextInt(360));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + RANDOM.nextInt(998));
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "托养申请人", "汉族", "13900000001",
                "测试地址3号", DONGGUAN, "HC" + id, true));
        registry.issueCertificate(personId, category, level, today.minusYears(1));
        return new Applicant(personId, id);
    }

    public static Applicant register(RegistryService registry) {
        return register(registry, 30 + RANDOM.nextInt(20), DisabilityCategory.INTELLECTUAL, DisabilityLevel.TWO);
    }
}
