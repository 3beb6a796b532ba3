package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.Sex;

import java.io.Serializable;

/** One row of a registry search: what a list may show, with the ID number already masked. */
public record RegistryEntry(long personId, String name, String maskedIdNumber, Sex sex, int age,
                            String maskedCertificateNumber, DivisionCode division, String divisionName,
                            DisabilityCategory category, DisabilityLevel level, CertificateStatus status)
        implements Serializable {
}
