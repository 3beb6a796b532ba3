package cn.xndpf.application.person;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.PlatformClock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the views and audit snapshots of registry records. */
final class PersonRecords {

    private PersonRecords() {
    }

    static PersonRecord of(Person p, List<Certificate> certificates, String divisionName) {
        Household h = p.household();
        PersonRecord.HouseholdView household = h == null ? null : new PersonRecord.HouseholdView(h.id(),
                h.householdNumber(), h.address(), h.isUrban(), h.assistanceHistory().stream()
                .map(a -> new PersonRecord.AssistancePeriod(a.status(), a.validFrom(), a.validTo(), a.source()))
                .toList());
        return new PersonRecord(p.id(), p.version(), p.idNumber().value(), p.name(), p.sex(), p.birthDate(),
                p.ageOn(PlatformClock.today()), p.ethnicity(), p.phone(), p.address(), p.division(), divisionName,
                p.isUrban(), p.deathDate(), household, certificates.stream().map(PersonRecords::view).toList());
    }

    private static PersonRecord.CertificateView view(Certificate c) {
        return new PersonRecord.CertificateView(c.id(), c.version(), c.number().value(), c.category(), c.level(),
                c.status(), c.division(), c.issuedOn(), c.cancelledOn(), c.cancellationReason(),
                c.history().stream().map(e -> new PersonRecord.EventView(e.type(), e.date(), e.oldCategory(),
                        e.newCategory(), e.oldLevel(), e.newLevel(), e.oldDivision(), e.newDivision(), e.reason(),
                        e.actor(), e.recordedAt())).toList());
    }

    static Map<String, Object> snapshot(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idNumber", p.idNumber().value());
        m.put("name", p.name());
        m.put("ethnicity", p.ethnicity());
        m.put("phone", p.phone());
        m.put("address", p.address());
        m.put("division", p.division().value());
        m.put("urban", p.isUrban());
        m.put("deathDate", p.deathDate() == null ? null : p.deathDate().toString());
        return m;
    }

    static Map<String, Object> snapshot(Certificate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number().value());
        m.put("category", c.category().code());
        m.put("level", c.level().code());
        m.put("status", c.status().name());
        m.put("division", c.division().value());
        m.put("cancelledOn", c.cancelledOn() == null ? null : c.cancelledOn().toString());
        m.put("cancellationReason", c.cancellationReason() == null ? null : c.cancellationReason().name());
        return m;
    }
}
