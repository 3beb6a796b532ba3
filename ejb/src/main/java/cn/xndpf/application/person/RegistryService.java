package cn.xndpf.application.person;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.person.CancellationReason;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of disabled people and their certificates (残疾人基础信息库): search, open, register, and the
 * certificate lifecycle. Every method works only inside the caller's jurisdiction, and every change and
 * every opening of a full record is written to the audit log in the same transaction.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class RegistryService {

    private static final Pattern PHONE = Pattern.compile("^[0-9+\\- ]{7,20}$");

    @Inject
    private PersonRepository people;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    public Page<RegistryEntry> search(RegistryQuery query, int first, int max) {
        StaffUser me = currentStaff.require();
        RegistryQuery scoped = query.within(me.jurisdiction());
        return new Page<>(people.search(scoped, Math.max(0, first), Math.min(Math.max(1, max), 200)),
                people.count(scoped));
    }

    /** How many people of the user's jurisdiction a search finds (for pagers that ask before loading). */
    public long count(RegistryQuery query) {
        return people.count(query.within(currentStaff.require().jurisdiction()));
    }

    /** Opens a full record, with the unmasked ID number; the opening itself is audited. */
    public PersonRecord open(long personId) {
        StaffUser me = currentStaff.require();
        Person p = visiblePerson(me, personId);
        audit.record(me.username(), AuditAction.VIEW, "Person", p.id(), p.division().value(),
                "查看完整档案 " + p.name(), null, null);
        return PersonRecords.of(p, people.certificatesOf(p), divisionName(p.division()));
    }

    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long register(PersonRegistration form) {
        StaffUser me = currentStaff.require();
        IdNumber id = IdNumber.of(form.idNumber());
        String name = requireName(form.name());
        String phone = optionalPhone(form.phone());
        DivisionCode division = registrationPlace(me, form.divisionCode()).code();
        Optional<Person> registered = people.findByIdNumber(id);
        if (registered.isPresent()) {
            // Only a user who may see the registered person learns that it is a duplicate (and can resolve it,
            // e.g. by a transfer); anyone else is told that the number cannot be registered here, which says
            // nothing about where, or whether, it is registered.
            throw new InvalidValueException(IdNumber.FIELD, me.jurisdiction().contains(registered.get().division())
                    ? "person.duplicate" : "person.cannotRegisterHere");
        }
        Household household = household(me, form, division);
        Person p = new Person(id, name, division, household, form.urban());
        p.updateContact(name, blankToNull(form.ethnicity()), phone, blankToNull(form.address()));
        people.store(p);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, "Person", p.id(), division.value(), "登记 " + name, null,
                PersonRecords.snapshot(p));
        return p.id();
    }

    public void updateContact(long personId, int expectedVersion, String name, String ethnicity, String phone,
                              String address) {
        StaffUser me = currentStaff.require();
        Person p = visiblePerson(me, personId);
        checkVersion(p.version(), expectedVersion);
        Map<String, Object> before = PersonRecords.snapshot(p);
        p.updateContact(requireName(name), blankToNull(ethnicity), optionalPhone(phone), blankToNull(address));
        flush();
        audit.record(me.username(), AuditAction.UPDATE, "Person", p.id(), p.division().value(), "修改基本信息",
                before, PersonRecords.snapshot(p));
    }

    /** 核发: after assessment, issues the certificate whose number follows from ID, category and level. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long issueCertificate(long personId, DisabilityCategory category, DisabilityLevel level, LocalDate on) {
        StaffUser me = currentStaff.require();
        Person p = visiblePerson(me, personId);
        requireCategoryAndLevel(category, level);
        LocalDate day = pastOrToday(on);
        if (people.validCertificateOf(p).isPresent()) {
            throw new InvalidValueException("category", "certificate.alreadyValid");
        }
        for (Certificate old : people.certificatesOf(p)) {
            if (old.isCurrent()) {
                Map<String, Object> before = PersonRecords.snapshot(old);
                old.supersede();
                audit.record(me.username(), AuditAction.UPDATE, "Certificate", old.id(), old.division().value(),
                        "被新核发的残疾人证取代", before, PersonRecords.snapshot(old));
            }
        }
        Certificate c = Certificate.issue(p, category, level, day, me.username());
        people.store(c);
        flush();
        audit.record(me.username(), AuditAction.CREATE, "Certificate", c.id(), c.division().value(),
                "核发残疾人证 " + c.number().masked(), null, PersonRecords.snapshot(c));
        return c.id();
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void reassess(long certificateId, int expectedVersion, DisabilityCategory category, DisabilityLevel level,
                         LocalDate on, String reason) {
        changeCertificate(certificateId, expectedVersion, "重新评定", c -> {
            requireCategoryAndLevel(category, level);
            c.reassess(category, level, pastOrToday(on), currentStaff.require().username(), requireReason(reason));
        });
    }

    /** 迁移: the holder moves to another community; person and certificate follow. */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void transfer(long certificateId, int expectedVersion, String targetDivision, LocalDate on,
                         String reason) {
        changeCertificate(certificateId, expectedVersion, "迁移", c -> {
            // The actor answers for both sides: the record's division (checked by changeCertificate) and the
            // community it moves to, which must be a real place where people are registered.
            Division place = registrationPlace(currentStaff.require(), targetDivision);
            Person holder = c.holder();
            Map<String, Object> before = PersonRecords.snapshot(holder);
            c.transferTo(place.code(), pastOrToday(on), currentStaff.require().username(), requireReason(reason));
            holder.moveTo(place.code(), place.isUrban());
            audit.record(currentStaff.require().username(), AuditAction.UPDATE, "Person", holder.id(),
                    place.code().value(), "迁移 " + before.get("division") + " → " + place.code().value(), before,
                    PersonRecords.snapshot(holder));
        });
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void renew(long certificateId, int expectedVersion, LocalDate on, String reason) {
        changeCertificate(certificateId, expectedVersion, "换领",
                c -> c.renew(pastOrToday(on), currentStaff.require().username(), requireReason(reason)));
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void cancel(long certificateId, int expectedVersion, CancellationReason reason, LocalDate on,
                       String note) {
        changeCertificate(certificateId, expectedVersion, "注销", c -> {
            LocalDate day = pastOrToday(on);
            c.cancel(reason, day, currentStaff.require().username(), note);
            Person holder = c.holder();
            if (reason == CancellationReason.DEATH && !holder.isDeceased()) {
                Map<String, Object> before = PersonRecords.snapshot(holder);
                holder.recordDeath(day);
                audit.record(currentStaff.require().username(), AuditAction.UPDATE, "Person", holder.id(),
                        holder.division().value(), "注销残疾人证时登记死亡日期 " + day, before,
                        PersonRecords.snapshot(holder));
            }
        });
    }

    /** Household assistance status (低保/特困/...) starts or ends on a day. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void changeAssistance(long householdId, AssistanceStatus status, boolean granted, LocalDate from) {
        StaffUser me = currentStaff.require();
        Household h = people.findHousehold(householdId).filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new NotFoundException("household", "household.required"));
        LocalDate day = from == null ? PlatformClock.today() : from;
        Map<String, Object> before = Map.of("statuses", h.statusesOn(day).toString());
        if (granted) {
            h.grantStatus(status, day, me.username());
        } else {
            h.revokeStatus(status, day);
        }
        flush();
        audit.record(me.username(), AuditAction.UPDATE, "Household", h.id(), h.division().value(),
                (granted ? "认定 " : "取消 ") + status.chineseName(), before,
                Map.of("statuses", h.statusesOn(day).toString()));
    }

    private void changeCertificate(long certificateId, int expectedVersion, String what,
                                   java.util.function.Consumer<Certificate> change) {
        StaffUser me = currentStaff.require();
        Certificate c = people.findCertificate(certificateId).filter(x -> me.jurisdiction().contains(x.division()))
                .orElseThrow(() -> new NotFoundException("certificateNumber", "certificate.notFound"));
        checkVersion(c.version(), expectedVersion);
        // A renewal only adds a history event, which alone would not raise the version: force it, so that
        // every certificate action makes the versions other users hold stale.
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Map<String, Object> before = PersonRecords.snapshot(c);
        change.accept(c);
        flush();
        audit.record(me.username(), AuditAction.UPDATE, "Certificate", c.id(), c.division().value(), what, before,
                PersonRecords.snapshot(c));
    }

    /**
     * A record outside the user's jurisdiction gets the same answer as one that does not exist: a refusal
     * that differs would tell a district which people are registered in the others.
     */
    private Person visiblePerson(StaffUser me, long personId) {
        return people.find(personId).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException("person", "person.notFound"));
    }

    /** A community or township inside the user's jurisdiction, where a person can be registered or moved. */
    private Division registrationPlace(StaffUser me, String code) {
        DivisionCode division = DivisionCode.of(code);
        Division place = divisions.find(division)
                .orElseThrow(() -> new InvalidValueException(DivisionCode.FIELD, "division.unknown", division.value()));
        if (place.level() != DivisionLevel.COMMUNITY && place.level() != DivisionLevel.TOWNSHIP) {
            throw new InvalidValueException(DivisionCode.FIELD, "division.format", division.value());
        }
        requireJurisdiction(me, division, DivisionCode.FIELD);
        return place;
    }

    private static void requireJurisdiction(StaffUser me, DivisionCode division, String field) {
        if (!me.jurisdiction().contains(division)) {
            throw new AccessDeniedException(field);
        }
    }

    /**
     * The household the person joins: an existing one of the user's jurisdiction, or a new one (audited in
     * its own right). A household number taken outside the jurisdiction is refused, never joined: joining it
     * would link a person to a family the user may not see.
     */
    private Household household(StaffUser me, PersonRegistration form, DivisionCode division) {
        String number = blankToNull(form.householdNumber());
        if (number == null) {
            throw new InvalidValueException("householdNumber", "household.required");
        }
        Optional<Household> existing = people.findHouseholdByNumber(number);
        if (existing.isPresent()) {
            if (!me.jurisdiction().contains(existing.get().division())) {
                throw new InvalidValueException("householdNumber", "household.unavailable");
            }
            return existing.get();
        }
        Household h = new Household(number, division, blankToNull(form.address()), form.urban());
        people.store(h);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, "Household", h.id(), division.value(), "登记时新建家庭户",
                null, Map.of("householdNumber", number, "division", division.value(), "urban", form.urban()));
        return h;
    }

    private String divisionName(DivisionCode code) {
        return divisions.find(code).map(Division::name).orElse(code.value());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static void checkVersion(int actual, int expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }

    private static void requireCategoryAndLevel(DisabilityCategory category, DisabilityLevel level) {
        if (category == null) {
            throw new InvalidValueException("category", "category.unknown", "");
        }
        if (level == null) {
            throw new InvalidValueException("level", "level.unknown", "");
        }
    }

    private static LocalDate pastOrToday(LocalDate on) {
        if (on == null) {
            throw new InvalidValueException("date", "date.required");
        }
        if (on.isAfter(PlatformClock.today())) {
            throw new InvalidValueException("date", "date.future");
        }
        return on;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "certificate.reasonRequired");
        }
        return reason.trim();
    }

    private static String requireName(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            throw new InvalidValueException("name", "name.required");
        }
        if (n.length() < 2 || n.length() > 50) {
            throw new InvalidValueException("name", "name.length");
        }
        return n;
    }

    private static String optionalPhone(String phone) {
        String p = blankToNull(phone);
        if (p != null && !PHONE.matcher(p).matches()) {
            throw new InvalidValueException("phone", "phone.format");
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
