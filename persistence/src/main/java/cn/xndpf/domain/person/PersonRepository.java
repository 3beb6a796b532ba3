package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Optional;

/** The registry of people and their certificates. */
public interface PersonRepository {

    Optional<Person> find(long id);

    Optional<Person> findByIdNumber(IdNumber idNumber);

    /**
     * The people of these ID numbers (those registered), their households and the households' assistance read
     * with them in a few queries: a bulk import's chunk. At most 1,000 numbers (Oracle's IN list).
     */
    List<Person> findByIdNumbers(java.util.Collection<IdNumber> idNumbers);

    /** The valid certificates of these people, in one query. At most 1,000 people. */
    List<Certificate> validCertificatesOf(java.util.Collection<Person> people);

    void store(Person person);

    void store(Household household);

    Optional<Household> findHousehold(long id);

    Optional<Household> findHouseholdByNumber(String householdNumber);

    /** All certificates of a person, newest first. */
    List<Certificate> certificatesOf(Person person);

    Optional<Certificate> validCertificateOf(Person person);

    /**
     * The newest certificate of the person with this ID number, valid or cancelled, with its holder: what
     * {@link #findByIdNumber} then {@link #certificatesOf} answer, in one statement (the partners' verification
     * asks this at every call).
     */
    Optional<Certificate> currentCertificateOf(IdNumber idNumber);

    Optional<Certificate> findCertificate(long id);

    /** The certificate carrying this number now, valid or cancelled; the newest if several. */
    Optional<Certificate> findCertificateByNumber(CertificateNumber number);

    void store(Certificate certificate);

    List<RegistryEntry> search(RegistryQuery query, int first, int max);

    long count(RegistryQuery query);

    /** Holders of a valid certificate on a day in a division, by category, level and sex. */
    List<HolderCount> countHolders(DivisionCode division, java.time.LocalDate day);

    /** A row of {@link #countHolders}. */
    record HolderCount(DisabilityCategory category, DisabilityLevel level, cn.xndpf.domain.shared.Sex sex,
                       long holders) {
    }
}
