package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.Petition;
import cn.xndpf.domain.rights.PetitionChannel;
import cn.xndpf.domain.rights.PetitionEvent;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.rights.PetitionStep;
import cn.xndpf.domain.rights.Satisfaction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A petition as screens see it, on the day it was read ({@code overdue}); the ID number masked. The timeline
 * is filled on the petition's own page only.
 */
public record PetitionView(long id, PetitionChannel channel, String petitionerName, String contact,
                           String maskedIdNumber, boolean registered, String matter, String divisionCode,
                           LocalDate receivedOn, PetitionState state, LocalDate dueOn, boolean overdue,
                           LocalDate acceptBy, LocalDate acceptedOn, LocalDate answerBy, int extendedDays,
                           LocalDate answeredOn, LocalDate reviewRequestBy, LocalDate reviewBy, LocalDate closedOn,
                           Satisfaction satisfaction, int version, List<Step> timeline) implements Serializable {

    /** One step of the timeline. */
    public record Step(PetitionStep step, LocalDate day, String actor, String note) implements Serializable {
    }

    static PetitionView row(Petition p, LocalDate today) {
        return of(p, today, List.of());
    }

    static PetitionView full(Petition p, LocalDate today) {
        return of(p, today, p.timeline().stream().map(PetitionView::step).toList());
    }

    private static Step step(PetitionEvent e) {
        return new Step(e.step(), e.day(), e.actor(), e.note());
    }

    private static PetitionView of(Petition p, LocalDate today, List<Step> timeline) {
        return new PetitionView(p.id(), p.channel(), p.petitionerName(), p.contact(),
                p.idNumber() == null ? null : p.idNumber().masked(), p.personId() != null, p.matter(),
                p.division().value(), p.receivedOn(), p.state(), p.dueOn(), p.isOverdueOn(today), p.acceptBy(),
                p.acceptedOn(), p.answerBy(), p.extendedDays(), p.answeredOn(), p.reviewRequestBy(), p.reviewBy(),
                p.closedOn(), p.satisfaction(), p.version(), timeline);
    }
}
