package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.FuelSubsidyCase;
import cn.xndpf.domain.workflow.CaseState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A fuel-subsidy case as lists show it: the owner's ID number masked. */
public record FuelSubsidyView(long caseId, String caseNumber, int version, CaseState state, int year, String name,
                              String maskedIdNumber, String divisionCode, String vehiclePlate, BigDecimal amount,
                              LocalDate appliedOn, LocalDate paidOn) implements Serializable {

    static FuelSubsidyView of(FuelSubsidyCase c) {
        return new FuelSubsidyView(c.id(), c.caseNumber(), c.version(), c.state(), c.year(), c.person().name(),
                c.person().idNumber().masked(), c.division().value(), c.vehiclePlate(), c.amount(), c.appliedOn(),
                c.paidOn());
    }

    /** Approved and not yet paid: the one step this program adds to the kernel's. */
    public boolean payable() {
        return state == CaseState.APPROVED && paidOn == null;
    }
}
