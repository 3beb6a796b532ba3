package cn.xndpf.application.culture;

import cn.xndpf.domain.culture.CultureEventKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An event as recorded; {@code participantIdNumbers} holds the ID numbers of the registered people who took part,
 * separated by spaces, commas, 、 or new lines (each counted once); {@code otherParticipants} the others.
 */
public record CultureEventForm(CultureEventKind kind, String title, String organiser, String place,
                               LocalDate heldOn, String divisionCode, String participantIdNumbers,
                               Integer otherParticipants) implements Serializable {
}
