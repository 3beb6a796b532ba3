package cn.xndpf.application.poverty;

import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A change of a household's poverty status as typed: the household number, the status, the kind when poor. */
public record PovertyStatusForm(String householdNumber, PovertyStatus status, PoorKind poorKind, LocalDate effectiveOn,
                                String note) implements Serializable {
}
