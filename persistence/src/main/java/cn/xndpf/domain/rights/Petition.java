package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A petition (信访事项): who brought it and how, what it is about, the division responsible for it, where it
 * stands and the deadlines it runs against. The deadlines are set from the {@link PetitionDeadlines} in force on
 * the day it was received, at each step, and stored: a later change of a setting leaves it as it was. Every
 * step is checked here (its order, its day: not before the previous step, not after today) and appended to
 * the timeline; {@link #dueOn()} is the deadline the responsible division runs against now, if any.
 */
@Entity
@Table(name = "petition")
public class Petition {

    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private PetitionChannel channel;

    @Column(name = "petitioner_name", nullable = false)
    private String petitionerName;

    @Column(name = "contact", nullable = false)
    private String contact;

    @Column(name = "id_number")
    private IdNumber idNumber;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "matter", nullable = false)
    private String matter;

    @Column(name = "division_code", nullable = false)
    private DivisionCode division;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private PetitionState state;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "accept_by", nullable = false)
    private LocalDate acceptBy;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "answer_by")
    private LocalDate answerBy;

    @Column(name = "extended_days", nullable = false)
    private int extendedDays;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "review_request_by")
    private LocalDate reviewRequestBy;

    @Column(name = "review_requested_on")
    private LocalDate reviewRequestedOn;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction")
    private Satisfaction satisfaction;

    @Version
    private int version;

    @OneToMany(mappedBy = "petition", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PetitionEvent> timeline = new ArrayList<>();

    protected Petition() {
    }

    /**
     * A petition received on {@code receivedOn} (not after {@code today}); {@code idNumber} may be null (the
     * petitioner need not be registered), {@code personId} is the registered person it names, if any.
     */
    public Petition(PetitionChannel channel, String petitionerName, String contact, IdNumber idNumber, Long personId,
                    String matter, DivisionCode division, LocalDate receivedOn, PetitionDeadlines deadlines,
                    String actor, LocalDate today) {
        if (channel == null) {
            throw new InvalidValueException("channel", "petition.channelRequired");
        }
        this.petitionerName = text("petitionerName", petitionerName, 50, "petition.nameRequired");
        this.contact = text("contact", contact, 50, "petition.contactRequired");
        this.matter = text("matter", matter, MAX_TEXT, "petition.matterRequired");
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "petition.divisionRequired");
        }
        day("receivedOn", receivedOn, null, today);
        this.channel = channel;
        this.idNumber = idNumber;
        this.personId = personId;
        this.division = division;
        this.receivedOn = receivedOn;
        this.acceptBy = deadlines.acceptBy(receivedOn);
        this.dueOn = acceptBy;
        this.state = PetitionState.RECEIVED;
        step(PetitionStep.RECEIVED, receivedOn, actor, channel.chineseName());
    }

    /** Hands the petition to another responsible division (交办); its deadlines run on unchanged. */
    public void assign(DivisionCode to, String actor, LocalDate today) {
        open();
        if (to == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "petition.divisionRequired");
        }
        if (to.equals(division)) {
            throw new InvalidValueException(DivisionCode.FIELD, "petition.sameDivision");
        }
        this.division = to;
        step(PetitionStep.ASSIGNED, today, actor, to.value());
    }

    public void accept(LocalDate day, PetitionDeadlines deadlines, String actor, LocalDate today) {
        expect(PetitionState.RECEIVED);
        day("day", day, lastDay(), today);
        this.acceptedOn = day;
        this.answerBy = deadlines.answerBy(day);
        this.state = PetitionState.ACCEPTED;
        this.dueOn = answerBy;
        step(PetitionStep.ACCEPTED, day, actor, null);
    }

    public void refuse(LocalDate day, String reason, String actor, LocalDate today) {
        expect(PetitionState.RECEIVED);
        String why = text("note", reason, MAX_TEXT, "petition.reasonRequired");
        day("day", day, lastDay(), today);
        this.state = PetitionState.REFUSED;
        this.dueOn = null;
        this.closedOn = day;
        step(PetitionStep.REFUSED, day, actor, why);
    }

    /** The one extension of the answer deadline, with the notice given to the petitioner, before it expires. */
    public void extend(int days, String notice, PetitionDeadlines deadlines, String actor, LocalDate today) {
        expect(PetitionState.ACCEPTED);
        String told = text("note", notice, MAX_TEXT, "petition.noticeRequired");
        if (today.isAfter(answerBy)) {
            throw new InvalidValueException("extensionDays", "petition.extensionTooLate", answerBy);
        }
        this.answerBy = deadlines.extended(answerBy, extendedDays, days);
        this.extendedDays = days;
        this.dueOn = answerBy;
        step(PetitionStep.EXTENDED, today, actor, told);
    }

    public void answer(LocalDate day, String answer, PetitionDeadlines deadlines, String actor, LocalDate today) {
        expect(PetitionState.ACCEPTED);
        String said = text("note", answer, MAX_TEXT, "petition.answerRequired");
        day("day", day, lastDay(), today);
        this.answeredOn = day;
        this.reviewRequestBy = deadlines.reviewRequestBy(day);
        this.state = PetitionState.ANSWERED;
        // the petitioner's window to ask for a review is no deadline of the division's
        this.dueOn = null;
        step(PetitionStep.ANSWERED, day, actor, said);
    }

    /** The petitioner asks for a review of the answer (请求复查), within the window the answer opened. */
    public void requestReview(LocalDate day, String request, PetitionDeadlines deadlines, String actor,
                              LocalDate today) {
        expect(PetitionState.ANSWERED);
        String asked = text("note", request, MAX_TEXT, "petition.requestRequired");
        day("day", day, lastDay(), today);
        if (day.isAfter(reviewRequestBy)) {
            throw new InvalidValueException("day", "petition.reviewTooLate", reviewRequestBy);
        }
        this.reviewRequestedOn = day;
        this.reviewBy = deadlines.reviewBy(day);
        this.state = PetitionState.REVIEW_REQUESTED;
        this.dueOn = reviewBy;
        step(PetitionStep.REVIEW_REQUESTED, day, actor, asked);
    }

    public void decideReview(LocalDate day, String decision, String actor, LocalDate today) {
        expect(PetitionState.REVIEW_REQUESTED);
        String said = text("note", decision, MAX_TEXT, "petition.answerRequired");
        day("day", day, lastDay(), today);
        this.reviewedOn = day;
        this.state = PetitionState.REVIEWED;
        this.dueOn = null;
        step(PetitionStep.REVIEWED, day, actor, said);
    }

    /** Closure (办结) of an answered or reviewed petition, with the petitioner's satisfaction. */
    public void close(LocalDate day, Satisfaction satisfaction, String actor, LocalDate today) {
        expect(PetitionState.ANSWERED, PetitionState.REVIEWED);
        if (satisfaction == null) {
            throw new InvalidValueException("satisfaction", "petition.satisfactionRequired");
        }
        day("day", day, lastDay(), today);
        this.closedOn = day;
        this.satisfaction = satisfaction;
        this.state = PetitionState.CLOSED;
        this.dueOn = null;
        step(PetitionStep.CLOSED, day, actor, null);
    }

    /** Whether the deadline the division runs against has passed on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    private void step(PetitionStep step, LocalDate day, String actor, String note) {
        timeline.add(new PetitionEvent(this, step, day, actor, note));
    }

    private LocalDate lastDay() {
        return timeline.stream().map(PetitionEvent::day).max(LocalDate::compareTo).orElse(receivedOn);
    }

    private void open() {
        if (!state.isOpen()) {
            throw new InvalidValueException("state", "petition.notOpen");
        }
    }

    private void expect(PetitionState first, PetitionState... others) {
        Set<PetitionState> allowed = EnumSet.of(first, others);
        if (!allowed.contains(state)) {
            throw new InvalidValueException("state", "petition.wrongState", state.chineseName());
        }
    }

    private static String text(String field, String value, int max, String key) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidValueException(field, key, max);
        }
        return v;
    }

    private static void day(String field, LocalDate day, LocalDate notBefore, LocalDate today) {
        if (day == null) {
            throw new InvalidValueException(field, "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException(field, "date.future");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new InvalidValueException(field, "petition.dayBeforePrevious", notBefore);
        }
    }

    public Long id() {
        return id;
    }

    public PetitionChannel channel() {
        return channel;
    }

    public String petitionerName() {
        return petitionerName;
    }

    public String contact() {
        return contact;
    }

    public IdNumber idNumber() {
        return idNumber;
    }

    public Long personId() {
        return personId;
    }

    public String matter() {
        return matter;
    }

    public DivisionCode division() {
        return division;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public PetitionState state() {
        return state;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate acceptBy() {
        return acceptBy;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public LocalDate answerBy() {
        return answerBy;
    }

    public int extendedDays() {
        return extendedDays;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public LocalDate reviewRequestBy() {
        return reviewRequestBy;
    }

    public LocalDate reviewRequestedOn() {
        return reviewRequestedOn;
    }

    public LocalDate reviewBy() {
        return reviewBy;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public int version() {
        return version;
    }

    public List<PetitionEvent> timeline() {
        return Collections.unmodifiableList(timeline);
    }
}
