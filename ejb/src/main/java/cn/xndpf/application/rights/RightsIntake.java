package cn.xndpf.application.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * What recording a petition, a legal matter or a dispute-screening round shares: the typed division and ID
 * number read (blank is "not given", for the record itself to refuse in the order of its fields), the
 * registered person an ID number links to, and the rule that a record is placed in a known division inside the
 * caller's jurisdiction.
 */
@ApplicationScoped
public class RightsIntake {

    @Inject
    private DivisionRepository divisions;

    @Inject
    private PersonRepository people;

    /** The division typed, or null when blank. */
    public DivisionCode division(String typed) {
        return typed == null || typed.isBlank() ? null : DivisionCode.of(typed.trim());
    }

    /** The ID number typed (checked), or null when blank. */
    public IdNumber idNumber(String typed, LocalDate today) {
        return typed == null || typed.isBlank() ? null : IdNumber.of(typed.trim(), today);
    }

    /**
     * The registered person with this number wherever registered, or null: a petitioner or person helped need
     * not be registered, and the link only says the record concerns that person.
     */
    public Long registeredPerson(IdNumber id) {
        return id == null ? null : people.findByIdNumber(id).map(Person::id).orElse(null);
    }

    /** A known division inside the caller's jurisdiction, or refused naming the division field. */
    public void place(StaffUser me, DivisionCode division) {
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
    }
}
