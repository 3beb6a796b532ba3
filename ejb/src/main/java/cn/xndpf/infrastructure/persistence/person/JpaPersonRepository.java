package cn.xndpf.infrastructure.persistence.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.Sex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name", "division", "p.division", "category", "c.category", "level", "c.level",
            "status", "c.status", "idNumber", "p.idNumber");

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> findByIdNumber(IdNumber idNumber) {
        return em.createQuery("SELECT p FROM Person p WHERE p.idNumber = :id", Person.class)
                .setParameter("id", idNumber).getResultStream().findFirst();
    }

    @Override
    public List<Person> findByIdNumbers(java.util.Collection<IdNumber> idNumbers) {
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        // The ids by their number in plain SQL (the number is a converted value), then the people with their
        // households and the households' assistance batch-read: a chunk costs a few queries, not a few per row.
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= idNumbers.size(); i++) {
            in.append(i == 1 ? "?" : ",?").append(i);
        }
        jakarta.persistence.Query q = em.createNativeQuery("SELECT id FROM person WHERE id_number IN (" + in + ")");
        int i = 1;
        for (IdNumber n : idNumbers) {
            q.setParameter(i++, n.value());
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : q.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.household")
                .setHint("eclipselink.batch", "p.household.assistance")
                .getResultList();
    }

    @Override
    public List<Certificate> validCertificatesOf(java.util.Collection<Person> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Certificate c WHERE c.holder IN :p AND c.status = :s", Certificate.class)
                .setParameter("p", holders).setParameter("s", CertificateStatus.VALID).getResultList();
    }

    @Override
    public void store(Person person) {
        if (person.id() == null) {
            em.persist(person);
        }
    }

    @Override
    public void store(Household household) {
        if (household.id() == null) {
            em.persist(household);
        }
    }

    @Override
    public Optional<Household> findHousehold(long id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    @Override
    public Optional<Household> findHouseholdByNumber(String householdNumber) {
        return em.createQuery("SELECT h FROM Household h WHERE h.householdNumber = :n", Household.class)
                .setParameter("n", householdNumber).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificatesOf(Person person) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.holder = :p ORDER BY c.id DESC", Certificate.class)
                .setParameter("p", person).getResultList();
    }

    @Override
    public Optional<Certificate> currentCertificateOf(IdNumber idNumber) {
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.holder h WHERE h.idNumber = :id"
                        + " ORDER BY c.id DESC", Certificate.class)
                .setParameter("id", idNumber).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> validCertificateOf(Person person) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.holder = :p AND c.status = :s", Certificate.class)
                .setParameter("p", person).setParameter("s", CertificateStatus.VALID).getResultStream().findFirst();
    }

    @Override
    public Optional<Certificate> findCertificate(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> findCertificateByNumber(CertificateNumber number) {
        return em.createQuery("SELECT c FROM Certificate c JOIN FETCH c.holder WHERE c.number = :n ORDER BY c.id DESC",
                        Certificate.class)
                .setParameter("n", number.value()).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void store(Certificate certificate) {
        if (certificate.id() == null) {
            em.persist(certificate);
        }
    }

    /**
     * One page in two steps: the page's person ids first, from the person table alone (joined to the
     * current certificate only when a filter or the sort needs it), then the display columns of just those
     * rows. A city-wide page then never sorts the jurisdiction's joined rows to show twenty of them; at
     * 50,000 people that sort spilled to disk and, with the id named twice in ORDER BY, failed inside H2.
     */
    @Override
    public List<RegistryEntry> search(RegistryQuery query, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String sortField = query.sortField() == null ? "" : query.sortField();
        String order = SORTABLE.getOrDefault(sortField, "p.id");
        boolean certificate = needsCertificate(query) || order.startsWith("c.");
        String direction = query.ascending() ? " ASC" : " DESC";
        TypedQuery<Long> pageIds = em.createQuery("SELECT p.id" + from(certificate) + where(query, params, certificate)
                + " ORDER BY " + order + direction + (order.equals("p.id") ? "" : ", p.id"), Long.class);
        params.forEach(pageIds::setParameter);
        List<Long> ids = pageIds.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RegistryEntry> rows = new HashMap<>();
        LocalDate today = PlatformClock.today();
        em.createQuery("SELECT p.id, p.name, p.idNumber, p.sex, p.birthDate, c.number, p.division, d.name, c.category,"
                        + " c.level, c.status" + from(true) + " LEFT JOIN Division d ON d.code = p.division"
                        + " WHERE p.id IN :ids", Object[].class)
                .setParameter("current", Boolean.TRUE).setParameter("ids", ids)
                .getResultList().forEach(r -> {
                    IdNumber id = (IdNumber) r[2];
                    String cert = (String) r[5];
                    rows.put((Long) r[0], new RegistryEntry((Long) r[0], (String) r[1], id.masked(), (Sex) r[3],
                            java.time.Period.between((LocalDate) r[4], today).getYears(),
                            cert == null ? null : id.masked() + cert.substring(18), DivisionCode.of((String) r[6]),
                            (String) r[7], (DisabilityCategory) r[8], (DisabilityLevel) r[9], (CertificateStatus) r[10]));
                });
        return ids.stream().map(rows::get).toList();
    }

    @Override
    public long count(RegistryQuery query) {
        Map<String, Object> params = new HashMap<>();
        boolean certificate = needsCertificate(query);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p)" + from(certificate)
                + where(query, params, certificate), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** A person has at most one current certificate, so the join changes no count unless it filters. */
    private static String from(boolean certificate) {
        return certificate
                ? " FROM Person p LEFT JOIN Certificate c ON c.holder = p AND c.current = :current"
                : " FROM Person p";
    }

    /**
     * The certificate is joined for the filters on its columns only; a certificate number is looked up
     * through its own index instead (below), which no join from the jurisdiction's people could use.
     */
    private static boolean needsCertificate(RegistryQuery query) {
        return query.category() != null || query.level() != null || query.status() != null;
    }

    private String where(RegistryQuery query, Map<String, Object> params, boolean certificate) {
        if (certificate) {
            // The current-certificate flag is bound, not written as TRUE: the column is NUMBER(1) (portable
            // to Oracle) and H2 refuses to compare it with a boolean literal.
            params.put("current", Boolean.TRUE);
        }
        List<String> conditions = new ArrayList<>();
        // A division condition that every registered person meets (the city's staff on the city's own
        // database) is left out: it selects nothing, and with it the database reads the division index of
        // the whole registry for every page and count, where without it the first page is the first twenty
        // ids and the count the table's own row count.
        if (!holdsEveryone(query.jurisdiction().prefix())) {
            conditions.add("p.division LIKE :jurisdiction");
            params.put("jurisdiction", query.jurisdiction().prefix() + "%");
        }
        if (query.division() != null && !holdsEveryone(query.division().prefix())) {
            conditions.add("p.division LIKE :division");
            params.put("division", query.division().prefix() + "%");
        }
        if (query.category() != null) {
            conditions.add("c.category = :category");
            params.put("category", query.category());
        }
        if (query.level() != null) {
            conditions.add("c.level = :level");
            params.put("level", query.level());
        }
        if (query.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", query.status());
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            if (text.length() == 18 && isIdNumber(text)) {
                conditions.add("p.idNumber = :idNumber");
                params.put("idNumber", IdNumber.of(text));
            } else if (text.length() == 20) {
                conditions.add("p.id IN (SELECT n.holder.id FROM Certificate n WHERE n.number = :certNumber"
                        + " AND n.current = :currentNumber)");
                params.put("certNumber", text.toUpperCase(java.util.Locale.ROOT));
                params.put("currentNumber", Boolean.TRUE);
            } else {
                // A prefix (surname first) is what staff type and what the name index can answer; a
                // substring would read every person of the jurisdiction.
                conditions.add("p.name LIKE :name");
                params.put("name", text.replace("%", "").replace("_", "") + "%");
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Whether no registered person lies outside the division code prefix: two seeks on the division index
     * (a person below the prefix's range, a person above it), whatever the size of the registry. Two
     * queries, not one with OR: a database may read a disjunction of ranges row by row.
     */
    private boolean holdsEveryone(String prefix) {
        String above = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        return noneWhere("p.division < :bound", prefix) && noneWhere("p.division >= :bound", above);
    }

    private boolean noneWhere(String condition, String bound) {
        return em.createQuery("SELECT p.id FROM Person p WHERE " + condition, Long.class)
                .setParameter("bound", bound).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean isIdNumber(String text) {
        try {
            IdNumber.of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Override
    public List<HolderCount> countHolders(DivisionCode division, LocalDate day) {
        return em.createQuery("SELECT c.category, c.level, p.sex, COUNT(c) FROM Certificate c JOIN c.holder p"
                        + " WHERE c.division LIKE :prefix AND c.issuedOn <= :day"
                        + " AND (c.status = :valid OR c.cancelledOn > :day)"
                        + " GROUP BY c.category, c.level, p.sex", Object[].class)
                .setParameter("prefix", division.prefix() + "%")
                .setParameter("day", day)
                .setParameter("valid", CertificateStatus.VALID)
                .getResultList().stream()
                .map(r -> new HolderCount((DisabilityCategory) r[0], (DisabilityLevel) r[1], (Sex) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
    }
}
