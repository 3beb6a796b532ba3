package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.subsidy.Fixtures;
import cn.xndpf.domain.workflow.BenefitKind;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.SubjectKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Assistive devices: the application against the dated catalogue, fitting and return, each rule on its own. */
class DeviceRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final Program PROGRAM = new Program("ASSISTIVE_DEVICE", "辅助器具适配", "Assistive devices", "FJ",
            SubjectKind.PERSON, BenefitKind.ITEM);

    private static AssistiveDevice device(SupplyKind supply, LocalDate from, LocalDate to) {
        return new AssistiveDevice("X-01", "器具", "Device", supply, new BigDecimal("100.00"), DatedPeriod.of(from, to));
    }

    @Test
    void anApplicationNeedsACertificateALivingPersonADeviceInForceAndNoOpenCaseForIt() {
        Person p = Fixtures.person("63010219900501123");
        var c = Fixtures.certificate(p, DisabilityCategory.PHYSICAL, DisabilityLevel.TWO);
        AssistiveDevice inForce = device(SupplyKind.GIVEN, DAY.minusYears(1), null);
        assertEquals(List.of(), DeviceRules.applicationRefusals(p, c, inForce, false, DAY));
        assertEquals(List.of("eligibility.noValidCertificate", "device.openCase"),
                DeviceRules.applicationRefusals(p, null, inForce, true, DAY));
        assertEquals(List.of("device.notInCatalogue"), DeviceRules.applicationRefusals(p, c,
                device(SupplyKind.GIVEN, DAY.minusYears(1), DAY.minusDays(1)), false, DAY), "ended the day before");
        assertEquals(List.of("device.notInCatalogue"), DeviceRules.applicationRefusals(p, c, null, false, DAY));
        p.recordDeath(DAY);
        assertEquals(List.of("eligibility.deceased"), DeviceRules.applicationRefusals(p, c, inForce, false, DAY));
    }

    @Test
    void fittingAndReturnFollowTheIssueOnceOnADayUpToToday() {
        Person p = Fixtures.person("63010219900501123");
        DeviceCase lent = new DeviceCase(PROGRAM, p, device(SupplyKind.LENT, DAY.minusYears(1), null), DAY.minusDays(20),
                "tester");
        assertEquals("device.notIssued", DeviceRules.fittingRefusal(lent, DAY, DAY));
        assertEquals("device.notIssued", DeviceRules.returnRefusal(lent, DAY, DAY));
        lent.issuedFrom(null, DAY.minusDays(5));
        assertEquals("device.dayOutOfRange", DeviceRules.fittingRefusal(lent, DAY.minusDays(6), DAY));
        assertEquals("device.dayOutOfRange", DeviceRules.fittingRefusal(lent, DAY.plusDays(1), DAY));
        assertEquals("date.required", DeviceRules.fittingRefusal(lent, null, DAY));
        assertNull(DeviceRules.fittingRefusal(lent, DAY.minusDays(5), DAY));
        lent.fittedOn(DAY.minusDays(4));
        assertEquals("device.alreadyFitted", DeviceRules.fittingRefusal(lent, DAY, DAY));
        assertNull(DeviceRules.returnRefusal(lent, DAY, DAY));
        lent.returnedOn(DAY);
        assertEquals("device.alreadyReturned", DeviceRules.returnRefusal(lent, DAY, DAY));

        DeviceCase given = new DeviceCase(PROGRAM, p, device(SupplyKind.GIVEN, DAY.minusYears(1), null), DAY.minusDays(20),
                "tester");
        given.issuedFrom(null, DAY.minusDays(5));
        assertEquals("device.notLent", DeviceRules.returnRefusal(given, DAY, DAY));
    }
}
