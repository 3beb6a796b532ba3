package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A legal consultation or legal-aid case (法律咨询 / 法律援助案件): who was helped (need not be registered; linked by
 * ID number when given), about what, by which division, from which day, and once concluded its outcome of the
 * kind's outcomes, on a day not before it was opened and not after today. Concluded once; never reopened.
 */
@Entity
@Table(name = "legal_matter")
public class LegalMatter {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private LegalMatterKind kind;

    @Column(name = "person_name", nullable = false)
    private String personName;

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

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private LegalOutcome outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Version
    private int version;

    protected LegalMatter() {
    }

    public LegalMatter(LegalMatterKind kind, String personName, String contact, IdNumber idNumber, Long personId,
                       String matter, DivisionCode division, LocalDate openedOn, LocalDate today) {
        if (kind == null) {
            throw new InvalidValueException("kind", "legal.kindRequired");
        }
        this.personName = text("personName", personName, 50, "petition.nameRequired");
        this.contact = text("contact", contact, 50, "petition.contactRequired");
        this.matter = text("matter", matter, Petition.MAX_TEXT, "petition.matterRequired");
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "petition.divisionRequired");
        }
        if (openedOn == null) {
            throw new InvalidValueException("openedOn", "date.required");
        }
        if (openedOn.isAfter(today)) {
            throw new InvalidValueException("openedOn", "date.future");
        }
        this.kind = kind;
        this.idNumber = idNumber;
        this.personId = personId;
        this.division = division;
        this.openedOn = openedOn;
    }

    /** Records the outcome (办结): one of the kind's outcomes, once. */
    public void conclude(LocalDate day, LegalOutcome outcome, String note, LocalDate today) {
        if (this.outcome != null) {
            throw new InvalidValueException("outcome", "legal.alreadyConcluded");
        }
        if (outcome == null) {
            throw new InvalidValueException("outcome", "legal.outcomeRequired");
        }
        if (!kind.outcomes().contains(outcome)) {
            throw new InvalidValueException("outcome", "legal.outcomeOfOtherKind", outcome.chineseName(),
                    kind.chineseName());
        }
        if (day == null) {
            throw new InvalidValueException("day", "date.required");
        }
        if (day.isAfter(today)) {
            throw new InvalidValueException("day", "date.future");
        }
        if (day.isBefore(openedOn)) {
            throw new InvalidValueException("day", "petition.dayBeforePrevious", openedOn);
        }
        String n = note == null ? null : note.trim();
        if (n != null && n.length() > Petition.MAX_TEXT) {
            throw new InvalidValueException("note", "legal.noteTooLong", Petition.MAX_TEXT);
        }
        this.outcome = outcome;
        this.outcomeNote = n == null || n.isEmpty() ? null : n;
        this.concludedOn = day;
    }

    private static String text(String field, String value, int max, String key) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            throw new InvalidValueException(field, key, max);
        }
        return v;
    }

    public Long id() {
        return id;
    }

    public LegalMatterKind kind() {
        return kind;
    }

    public String personName() {
        return personName;
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

    public LocalDate openedOn() {
        return openedOn;
    }

    public LegalOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public int version() {
        return version;
    }
}
