package cn.xndpf.application.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentRepository;
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
 * The checks the employment services (training, fairs, placements) share: a typed ID number names a person registered
 * in the caller's jurisdiction (anyone else is answered alike, so nothing of another jurisdiction's registry shows),
 * alive and holding a valid certificate; a typed division exists and lies in the caller's jurisdiction.
 */
@ApplicationScoped
public class EmploymentPeople {

    @Inject
    private PersonRepository people;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private EmploymentRepository employment;

    /** The registered person of the caller's jurisdiction, refused on {@code field} with its reason. */
    public Person registered(StaffUser me, String typed, String field, LocalDate today) {
        IdNumber id;
        try {
            id = IdNumber.of(typed == null ? "" : typed.trim(), today);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.key(), e.args());
        }
        return people.findByIdNumber(id).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new InvalidValueException(field, "employment.unregistered", id.masked()));
    }

    /** As {@link #registered}, and alive with a valid certificate (持证残疾人). */
    public Person holder(StaffUser me, String typed, String field, LocalDate today) {
        Person p = registered(me, typed, field, today);
        if (p.isDeceased()) {
            throw new InvalidValueException(field, "employment.personDeceased", p.idNumber().masked());
        }
        if (people.validCertificateOf(p).isEmpty()) {
            throw new InvalidValueException(field, "employment.noValidCertificate", p.idNumber().masked());
        }
        return p;
    }

    /** The registry's employer of the typed credit code in the caller's jurisdiction, refused on {@code field}. */
    public Employer employer(StaffUser me, String typed, String field) {
        CreditCode code;
        try {
            code = CreditCode.of(typed == null ? "" : typed.trim());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.key(), e.args());
        }
        return employment.employer(code).filter(e -> me.jurisdiction().contains(e.division()))
                .orElseThrow(() -> new InvalidValueException(field, "employment.employerNotFound", code.value()));
    }

    /** The typed division, known and in the caller's jurisdiction. */
    public DivisionCode division(StaffUser me, String typed, String requiredKey) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidValueException(DivisionCode.FIELD, requiredKey);
        }
        DivisionCode division = DivisionCode.of(typed.trim());
        if (divisions.find(division).isEmpty()) {
            throw new InvalidValueException(DivisionCode.FIELD, "account.divisionUnknown", division.value());
        }
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(DivisionCode.FIELD);
        }
        return division;
    }
}
