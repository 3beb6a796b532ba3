package cn.xndpf.application.demo;

import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.Sex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataGeneratorTest {

    private final List<DemoDataGenerator.DemoPerson> people = new DemoDataGenerator(7L).people(3000);

    @Test
    void everyIdNumberIsValidAndUnique() {
        Set<String> ids = people.stream().map(p -> p.person().idNumber().value()).collect(Collectors.toSet());
        assertEquals(people.size(), ids.size());
        ids.forEach(IdNumber::of);
        people.forEach(p -> assertEquals(p.person().idNumber().sex(), p.person().sex()));
    }

    @Test
    void coversAllSevenCountiesWithPlausibleProportions() {
        Map<String, Long> byCounty = people.stream()
                .collect(Collectors.groupingBy(p -> p.person().division().county().value(), Collectors.counting()));
        assertEquals(7, byCounty.size());
        assertTrue(byCounty.get("630106") > byCounty.get("630123"), "湟中 is larger than 湟源");
        long men = people.stream().filter(p -> p.person().sex() == Sex.MALE).count();
        assertTrue(men > 0.5 * people.size() && men < 0.65 * people.size(), "about 57% men: " + men);
        Map<DisabilityCategory, Long> byCategory = people.stream().flatMap(p -> p.certificates().stream())
                .collect(Collectors.groupingBy(Certificate::category, Collectors.counting()));
        assertEquals(7, byCategory.size());
        assertEquals(DisabilityCategory.PHYSICAL, byCategory.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        assertTrue(people.stream().anyMatch(p -> !p.person().isUrban()));
        assertTrue(people.stream().anyMatch(p -> p.person().isUrban()));
    }

    @Test
    void certificateNumbersFollowIdCategoryAndLevel() {
        people.stream().flatMap(p -> p.certificates().stream()).forEach(c ->
                assertEquals(c.holder().idNumber().value() + c.category().code() + c.level().code(),
                        c.number().value()));
    }

    @Test
    void divisionTreeHasTownshipsAndCommunitiesUnderEachCounty() {
        List<Division> tree = new DemoDataGenerator(7L).divisions();
        Map<String, Division> byCode = tree.stream().collect(Collectors.toMap(d -> d.code().value(), Function.identity()));
        assertTrue(byCode.containsKey("630102001"), "东关街道 for the demo clerk");
        assertTrue(byCode.containsKey("630102001001"), "a community for the demo worker");
        tree.stream().filter(d -> d.level() == DivisionLevel.COMMUNITY).forEach(d ->
                assertTrue(byCode.containsKey(d.parentCode().value()), "parent listed before use"));
    }

    @Test
    void sameSeedSameData() {
        List<DemoDataGenerator.DemoPerson> again = new DemoDataGenerator(7L).people(3000);
        assertEquals(people.get(2999).person().idNumber(), again.get(2999).person().idNumber());
    }
}
