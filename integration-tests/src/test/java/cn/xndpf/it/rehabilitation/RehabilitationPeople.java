package cn.xndpf.it.rehabilitation;

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
 * Registers made-up certificate holders of 东关 street (城东区) for the rehabilitation program through the
 * registry's services, by 城东区 staff.
 */
public final class RehabilitationPeople {

    public static final String DONGGUAN = "630102001001";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A registered person: id and ID number. */
    public record Holder(long id, String idNumber) {
    }

    private RehabilitationPeople() {
    }

    /** A person of {@code age} years; with a physical disability certificate of level 3 unless {@code certified} is false. */
    public static Holder register(RegistryService registry, int age, boolean certified) {
        StaffLogin.as("chengdong", "district123");
        LocalDate today = PlatformClock.today();
        LocalDate birth = today.minusYears(age).minusDays(1 + RANDOM.nextInt(360));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + RANDOM.nextInt(998));
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "康复对象", "汉族", "13900000002",
                "测试地址5号", DONGGUAN, "HR" + id, true));
        if (certified) {
            registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, DisabilityLevel.THREE,
                    today.minusYears(1));
        }
        return new Holder(personId, id);
    }

    public static Holder register(RegistryService registry) {
        return register(registry, 20 + RANDOM.nextInt(40), true);
    }
}
