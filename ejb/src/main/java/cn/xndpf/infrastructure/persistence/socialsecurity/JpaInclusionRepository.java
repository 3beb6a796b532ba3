package cn.xndpf.infrastructure.persistence.socialsecurity;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.AssistanceStatus;
import cn.xndpf.domain.socialsecurity.InclusionFacts;
import cn.xndpf.domain.socialsecurity.InclusionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaInclusionRepository implements InclusionRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<InclusionFacts> candidates(DivisionCode jurisdiction, LocalDate day, Set<Integer> levels,
                                           Set<AssistanceStatus> statuses) {
        if (levels.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        Date d = Date.valueOf(day);
        // Every status of the household that day comes back (one row each), so the rules see 低保 next to 低收入;
        // the EXISTS keeps to households holding one of the statuses asked for.
        Query query = em.createNativeQuery("SELECT p.id, p.id_number, p.name, p.division_code, c.cert_level, a.status"
                        + " FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                        + " JOIN household_assistance a ON a.household_id = p.household_id"
                        + " AND a.valid_from <= ?1 AND (a.valid_to IS NULL OR a.valid_to >= ?1)"
                        + " WHERE p.division_code LIKE ?2 AND (p.death_date IS NULL OR p.death_date > ?1)"
                        + " AND c.issued_on <= ?1 AND (c.status = 'VALID' OR c.cancelled_on > ?1)"
                        + " AND c.cert_level IN (" + placeholders(3, levels.size()) + ")"
                        + " AND EXISTS (SELECT 1 FROM household_assistance x WHERE x.household_id = p.household_id"
                        + " AND x.valid_from <= ?1 AND (x.valid_to IS NULL OR x.valid_to >= ?1)"
                        + " AND x.status IN (" + placeholders(3 + levels.size(), statuses.size()) + "))"
                        + " ORDER BY p.division_code, p.id")
                .setParameter(1, d).setParameter(2, jurisdiction.prefix() + "%");
        int i = 3;
        for (Integer level : levels) {
            query.setParameter(i++, level);
        }
        for (AssistanceStatus status : statuses) {
            query.setParameter(i++, status.name());
        }
        Map<Long, InclusionFacts> byPerson = new LinkedHashMap<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            byPerson.computeIfAbsent(id, k -> new InclusionFacts(k, (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), EnumSet.noneOf(AssistanceStatus.class)))
                    .statuses().add(AssistanceStatus.valueOf((String) r[5]));
        }
        return new ArrayList<>(byPerson.values());
    }

    private static String placeholders(int first, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return s.toString();
    }
}
