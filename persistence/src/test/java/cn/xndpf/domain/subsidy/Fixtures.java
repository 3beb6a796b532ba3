package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;

import java.time.LocalDate;

/** Plain-object registry records for rule tests. */
public final class Fixtures {

    public static final DivisionCode COMMUNITY = DivisionCode.of("630102001001");

    private Fixtures() {
    }

    public static Person person(String first17) {
        return new Person(IdNumber.of(first17 + IdNumber.checkCharacter(first17)), "测试",
                COMMUNITY, new Household("H1", COMMUNITY, null, true), true);
    }

    public static Certificate certificate(Person p, DisabilityCategory category, DisabilityLevel level) {
        return Certificate.issue(p, category, level, LocalDate.of(2020, 1, 1), "test");
    }
}
