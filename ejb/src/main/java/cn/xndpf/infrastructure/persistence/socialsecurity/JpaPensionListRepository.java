package cn.xndpf.infrastructure.persistence.socialsecurity;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.socialsecurity.PensionListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaPensionListRepository implements PensionListRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<Candidate> candidates(DivisionCode jurisdiction, LocalDate day) {
        Date d = Date.valueOf(day);
        List<?> rows = em.createNativeQuery("SELECT p.id, p.birth_date, p.division_code, c.cert_level"
                        + " FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                        + " WHERE p.division_code LIKE ?2 AND (p.death_date IS NULL OR p.death_date > ?1)"
                        + " AND c.issued_on <= ?1 AND (c.status = 'VALID' OR c.cancelled_on > ?1)"
                        + " ORDER BY p.division_code, p.id")
                .setParameter(1, d).setParameter(2, jurisdiction.prefix() + "%").getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Candidate(((Number) r[0]).longValue(),
                localDate(r[1]), (String) r[2], ((Number) r[3]).intValue())).toList();
    }

    @Override
    public Set<Long> listed(DivisionCode jurisdiction, int year) {
        List<?> ids = em.createNativeQuery("SELECT person_id FROM pension_list_line WHERE list_year = ?1"
                        + " AND division_code LIKE ?2")
                .setParameter(1, year).setParameter(2, jurisdiction.prefix() + "%").getResultList();
        Set<Long> out = new HashSet<>();
        ids.forEach(i -> out.add(((Number) i).longValue()));
        return out;
    }

    @Override
    public void add(int year, Candidate c, BigDecimal share, LocalDate on, String by) {
        em.createNativeQuery("INSERT INTO pension_list_line (list_year, person_id, division_code, cert_level,"
                        + " government_share, compiled_on, compiled_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, year).setParameter(2, c.personId()).setParameter(3, c.divisionCode())
                .setParameter(4, c.level()).setParameter(5, share).setParameter(6, Date.valueOf(on))
                .setParameter(7, by).executeUpdate();
    }

    private static final String LINES = "SELECT l.list_year, l.person_id, p.name, p.id_number, l.division_code,"
            + " l.cert_level, l.government_share, l.compiled_on, a.pension_insured, a.medical_insured,"
            + " a.medical_assistance FROM pension_list_line l JOIN person p ON p.id = l.person_id"
            + " LEFT JOIN pension_answer a ON a.list_year = l.list_year AND a.person_id = l.person_id";

    @Override
    public List<Line> lines(DivisionCode jurisdiction, int year) {
        return lines(em.createNativeQuery(LINES + " WHERE l.list_year = ?1 AND l.division_code LIKE ?2"
                        + " ORDER BY l.division_code, l.person_id")
                .setParameter(1, year).setParameter(2, jurisdiction.prefix() + "%").getResultList());
    }

    @Override
    public List<Line> linesOf(long personId) {
        return lines(em.createNativeQuery(LINES + " WHERE l.person_id = ?1 ORDER BY l.list_year DESC")
                .setParameter(1, personId).getResultList());
    }

    private static List<Line> lines(List<?> rows) {
        return rows.stream().map(o -> (Object[]) o).map(r -> new Line(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                decimal(r[6]), localDate(r[7]), flag(r[8]), flag(r[9]), flag(r[10]))).toList();
    }

    @Override
    public java.util.Optional<Answer> answerOf(int year, long personId) {
        List<?> rows = em.createNativeQuery("SELECT pension_insured, medical_insured, medical_assistance"
                        + " FROM pension_answer WHERE list_year = ?1 AND person_id = ?2")
                .setParameter(1, year).setParameter(2, personId).getResultList();
        return rows.stream().map(o -> (Object[]) o)
                .map(r -> new Answer(flag(r[0]), flag(r[1]), flag(r[2]))).findFirst();
    }

    @Override
    public void storeAnswer(int year, long personId, Answer a, String by, java.time.Instant at) {
        em.createNativeQuery("DELETE FROM pension_answer WHERE list_year = ?1 AND person_id = ?2")
                .setParameter(1, year).setParameter(2, personId).executeUpdate();
        em.createNativeQuery("INSERT INTO pension_answer (list_year, person_id, pension_insured, medical_insured,"
                        + " medical_assistance, reported_by, reported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, year).setParameter(2, personId).setParameter(3, number(a.pensionInsured()))
                .setParameter(4, number(a.medicalInsured())).setParameter(5, number(a.medicalAssistance()))
                .setParameter(6, by).setParameter(7, java.sql.Timestamp.from(at)).executeUpdate();
    }

    /** A flag as the NUMBER(1) columns hold it (null: not answered). */
    private static Object number(Boolean b) {
        return b == null ? null : (b ? 1 : 0);
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof LocalDate l) {
            return l;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return new Date(((java.util.Date) o).getTime()).toLocalDate();
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b.setScale(2) : new BigDecimal(o.toString()).setScale(2);
    }

    private static Boolean flag(Object o) {
        return o == null ? null : ((Number) o).intValue() == 1;
    }
}
