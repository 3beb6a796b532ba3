package cn.xndpf.application.culture;

import cn.xndpf.domain.culture.CultureEvent;
import cn.xndpf.domain.culture.CultureEventKind;

import java.io.Serializable;
import java.time.LocalDate;

/** An event as screens see it: registered participants counted, not named; the version read, for a revision. */
public record CultureEventView(long id, CultureEventKind kind, String title, String organiser, String place,
                               LocalDate heldOn, String divisionCode, int registeredParticipants,
                               int otherParticipants, int participants, int version)
        implements Serializable {

    static CultureEventView of(CultureEvent e) {
        return new CultureEventView(e.id(), e.kind(), e.title(), e.organiser(), e.place(), e.heldOn(),
                e.division().value(), e.participants().size(), e.otherParticipants(), e.participantCount(), e.version());
    }
}
