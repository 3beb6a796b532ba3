package cn.xndpf.domain.culture;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A culture or sports event (文体活动): its kind, title, organiser, place and day (not in the future), the division
 * that held it, the registered people who took part (each once) and how many others came.
 */
@Entity
@Table(name = "culture_event")
public class CultureEvent {

    public static final int MAX_OTHERS = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CultureEventKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "organiser", nullable = false)
    private String organiser;

    @Column(name = "place", nullable = false)
    private String place;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "other_participants", nullable = false)
    private int otherParticipants;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "culture_event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> participants = new HashSet<>();

    @Version
    private int version;

    protected CultureEvent() {
    }

    public CultureEvent(CultureEventKind kind, String title, String organiser, String place, LocalDate heldOn,
                        DivisionCode division, Set<Long> participants, Integer otherParticipants, LocalDate today) {
        set(kind, title, organiser, place, heldOn, division, participants, otherParticipants, today);
    }

    /**
     * Revises every fact of the event under the rules of a new one (修改): checked in full first, so a refusal
     * leaves the event as it was.
     */
    public void revise(CultureEventKind kind, String title, String organiser, String place, LocalDate heldOn,
                       DivisionCode division, Set<Long> participants, Integer otherParticipants, LocalDate today) {
        set(kind, title, organiser, place, heldOn, division, participants, otherParticipants, today);
    }

    private void set(CultureEventKind kind, String title, String organiser, String place, LocalDate heldOn,
                     DivisionCode division, Set<Long> participants, Integer otherParticipants, LocalDate today) {
        if (kind == null) {
            throw new InvalidValueException("kind", "culture.kindRequired");
        }
        String checkedTitle = text("title", title, 200, "culture.titleRequired");
        String checkedOrganiser = text("organiser", organiser, 100, "culture.organiserRequired");
        String checkedPlace = text("place", place, 200, "culture.placeRequired");
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", "date.required");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidValueException("heldOn", "date.future");
        }
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "culture.divisionRequired");
        }
        int others = otherParticipants == null ? 0 : otherParticipants;
        if (others < 0 || others > MAX_OTHERS) {
            throw new InvalidValueException("otherParticipants", "culture.othersRange", MAX_OTHERS);
        }
        if (others == 0 && (participants == null || participants.isEmpty())) {
            throw new InvalidValueException("participants", "culture.nobody");
        }
        this.kind = kind;
        this.title = checkedTitle;
        this.organiser = checkedOrganiser;
        this.place = checkedPlace;
        this.heldOn = heldOn;
        this.division = division;
        this.otherParticipants = others;
        Set<Long> now = participants == null ? Set.of() : participants;
        // an element collection is rewritten only when it changed; retain/add keep the rows that stay
        this.participants.retainAll(now);
        this.participants.addAll(now);
    }

    private static String text(String field, String value, int max, String key) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidValueException(field, key, max);
        }
        return v;
    }

    /** Everybody who took part: the registered people and the others counted. */
    public int participantCount() {
        return participants.size() + otherParticipants;
    }

    public Long id() {
        return id;
    }

    public CultureEventKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String organiser() {
        return organiser;
    }

    public String place() {
        return place;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public DivisionCode division() {
        return division;
    }

    public int otherParticipants() {
        return otherParticipants;
    }

    public Set<Long> participants() {
        return Collections.unmodifiableSet(participants);
    }

    public int version() {
        return version;
    }
}
