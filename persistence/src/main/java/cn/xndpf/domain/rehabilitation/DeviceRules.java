package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assistive devices as pure functions of the facts on a day.
 *
 * <ul>
 *   <li>An application: a living holder of a valid certificate, a device of the catalogue in force that day,
 *       no other open case for the same device.</li>
 *   <li>Fitting: after issue, once, on a day between the issue and today.</li>
 *   <li>Return: only of a lent item, issued and not yet returned, on a day between the issue and today.</li>
 * </ul>
 */
public final class DeviceRules {

    private DeviceRules() {
    }

    /** Every reason an application is refused (message keys); empty when it is taken. */
    public static List<String> applicationRefusals(Person person, Certificate validCertificate,
                                                   AssistiveDevice device, boolean openCaseForDevice, LocalDate day) {
        List<String> keys = new ArrayList<>();
        if (validCertificate == null) {
            keys.add("eligibility.noValidCertificate");
        }
        if (person.isDeceased() && !person.deathDate().isAfter(day)) {
            keys.add("eligibility.deceased");
        }
        if (device == null || !device.isInForceOn(day)) {
            keys.add("device.notInCatalogue");
        }
        if (openCaseForDevice) {
            keys.add("device.openCase");
        }
        return List.copyOf(keys);
    }

    /** Why a fitting on {@code day} is refused, or null. */
    public static String fittingRefusal(DeviceCase c, LocalDate day, LocalDate today) {
        if (c.issuedOn() == null) {
            return "device.notIssued";
        }
        if (c.fittedOn() != null) {
            return "device.alreadyFitted";
        }
        return dayRefusal(c, day, today);
    }

    /** Why a return on {@code day} is refused, or null. */
    public static String returnRefusal(DeviceCase c, LocalDate day, LocalDate today) {
        if (c.device().supply() != SupplyKind.LENT) {
            return "device.notLent";
        }
        if (c.issuedOn() == null) {
            return "device.notIssued";
        }
        if (c.returnedOn() != null) {
            return "device.alreadyReturned";
        }
        return dayRefusal(c, day, today);
    }

    private static String dayRefusal(DeviceCase c, LocalDate day, LocalDate today) {
        if (day == null) {
            return "date.required";
        }
        if (day.isAfter(today) || day.isBefore(c.issuedOn())) {
            return "device.dayOutOfRange";
        }
        return null;
    }
}
