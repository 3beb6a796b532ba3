package cn.xndpf.application.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.CertificateEventType;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.Sex;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's full record (个人档案), as opened by a member of staff; opening it is audited. */
public record PersonRecord(long id, int version, String idNumber, String name, Sex sex, LocalDate birthDate,
                           int age, String ethnicity, String phone, String address, DivisionCode division,
                           String divisionName, boolean urban, LocalDate deathDate, HouseholdView household,
                           List<CertificateView> certificates) implements Serializable {

    public record HouseholdView(long id, String number, String address, boolean urban,
                                List<AssistancePeriod> assistance) implements Serializable {
    }

    public record AssistancePeriod(AssistanceStatus status, LocalDate from, LocalDate to, String source)
            implements Serializable {
    }

    public record CertificateView(long id, int version, String number, DisabilityCategory category,
                                  DisabilityLevel level, CertificateStatus status, DivisionCode division,
                                  LocalDate issuedOn, LocalDate cancelledOn, CancellationReason cancellationReason,
                                  List<EventView> history) implements Serializable {
    }

    public record EventView(CertificateEventType type, LocalDate date, DisabilityCategory oldCategory,
                            DisabilityCategory newCategory, DisabilityLevel oldLevel, DisabilityLevel newLevel,
                            DivisionCode oldDivision, DivisionCode newDivision, String reason, String actor,
                            Instant recordedAt) implements Serializable {
    }

    /** The valid certificate, if any. */
    public CertificateView validCertificate() {
        return certificates.stream().filter(c -> c.status() == CertificateStatus.VALID).findFirst().orElse(null);
    }
}
