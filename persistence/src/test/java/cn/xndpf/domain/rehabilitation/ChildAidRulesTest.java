package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.subsidy.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Children's rehabilitation aid: the dated age band, the amount and the yearly cap, each on its own. */
class ChildAidRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final BigDecimal CAP = new BigDecimal("20000.00");

    private static Certificate certificate(Person p) {
        return Fixtures.certificate(p, DisabilityCategory.HEARING, DisabilityLevel.TWO);
    }

    private static List<String> keys(Person child, Certificate c, String amount, String used) {
        return ChildAidRules.refusals(new ChildAidRules.Facts(child, c, amount == null ? null : new BigDecimal(amount),
                new BigDecimal(used), 0, 6, CAP, DAY)).stream().map(ChildAidRules.Refusal::key).toList();
    }

    @Test
    void theAgeBandIsTheDatedSettingsBothEndsIncluded() {
        Person newborn = Fixtures.person("63010220260501123");
        Person six = Fixtures.person("63010220191201123");
        Person seven = Fixtures.person("63010220190531123");
        assertEquals(List.of(), keys(newborn, certificate(newborn), "100", "0"));
        assertEquals(List.of(), keys(six, certificate(six), "100", "0"), "six and a half is six");
        assertEquals(List.of("rehabilitation.childAid.ageOutOfRange"), keys(seven, certificate(seven), "100", "0"));
    }

    @Test
    void aCertificateAndALivingChildAreNeeded() {
        Person child = Fixtures.person("63010220220501123");
        assertEquals(List.of("eligibility.noValidCertificate"), keys(child, null, "100", "0"));
        child.recordDeath(DAY.minusDays(1));
        assertEquals(List.of("eligibility.deceased"), keys(child, certificate(child), "100", "0"));
    }

    @Test
    void theYearsAidMayReachTheCapButNotPassItAndTheRefusalSaysWhatIsLeft() {
        Person child = Fixtures.person("63010220220501123");
        Certificate c = certificate(child);
        assertEquals(List.of(), keys(child, c, "5000.00", "15000.00"), "exactly the cap");
        List<ChildAidRules.Refusal> over = ChildAidRules.refusals(new ChildAidRules.Facts(child, c,
                new BigDecimal("5000.01"), new BigDecimal("15000.00"), 0, 6, CAP, DAY));
        assertEquals(List.of(new ChildAidRules.Refusal("amount", "rehabilitation.childAid.overCap", "5000.00")), over);
        assertEquals(new BigDecimal("0.00"), ChildAidRules.remaining(CAP, new BigDecimal("25000")));
    }

    @Test
    void theAmountIsYuanAboveZeroToTheFen() {
        Person child = Fixtures.person("63010220220501123");
        Certificate c = certificate(child);
        assertEquals(List.of("rehabilitation.childAid.amount"), keys(child, c, "0", "0"));
        assertEquals(List.of("rehabilitation.childAid.amount"), keys(child, c, "-1", "0"));
        assertEquals(List.of("rehabilitation.childAid.amount"), keys(child, c, "1.005", "0"));
        assertEquals(List.of("rehabilitation.childAid.amount"), keys(child, c, null, "0"));
        assertEquals(List.of(), keys(child, c, "1.50", "0"));
    }
}
