package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;

/**
 * Criteria of a registry search. {@code jurisdiction} is always set by the service from the caller,
 * never by the caller; the other fields are optional.
 *
 * @param text name fragment, full ID number or full certificate number
 */
public record RegistryQuery(DivisionCode jurisdiction, String text, DivisionCode division,
                            DisabilityCategory category, DisabilityLevel level, CertificateStatus status,
                            String sortField, boolean ascending) {

    public RegistryQuery within(DivisionCode newJurisdiction) {
        return new RegistryQuery(newJurisdiction, text, division, category, level, status, sortField, ascending);
    }
}
