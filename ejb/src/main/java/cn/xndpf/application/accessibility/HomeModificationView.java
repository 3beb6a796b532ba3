package cn.xndpf.application.accessibility;

import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.accessibility.HomeModificationStage;
import cn.xndpf.domain.workflow.CaseState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A home modification as lists and its page show it: the applicant's ID number masked. */
public record HomeModificationView(long caseId, String caseNumber, int version, CaseState state,
                                   HomeModificationStage stage, String name, String maskedIdNumber,
                                   String divisionCode, BigDecimal costCap, LocalDate appliedOn, LocalDate surveyDay,
                                   String surveyor, String plannedItems, BigDecimal estimatedCost, String contractor,
                                   LocalDate worksStart, LocalDate acceptanceDay, Boolean accepted,
                                   String acceptanceNote, BigDecimal paidAmount, LocalDate paidOn)
        implements Serializable {

    static HomeModificationView of(HomeModificationCase c) {
        return new HomeModificationView(c.id(), c.caseNumber(), c.version(), c.state(), c.stage(), c.person().name(),
                c.person().idNumber().masked(), c.division().value(), c.costCap(), c.appliedOn(), c.surveyDay(),
                c.surveyor(), c.plannedItems(), c.estimatedCost(), c.contractor(), c.worksStart(), c.acceptanceDay(),
                c.accepted(), c.acceptanceNote(), c.paidAmount(), c.paidOn());
    }
}
