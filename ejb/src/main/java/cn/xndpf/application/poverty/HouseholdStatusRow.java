package cn.xndpf.application.poverty;

import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A recorded household's status now, for the list. */
public record HouseholdStatusRow(String householdNumber, String divisionCode, PovertyStatus status, PoorKind poorKind,
                                 LocalDate since) implements Serializable {
}
