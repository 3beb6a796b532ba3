package cn.xndpf.application.demo;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes generated demo data, one chunk per transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult() == 0;
    }

    public void writeDivisions(List<Division> divisions) {
        for (Division d : divisions) {
            if (em.find(Division.class, d.code().value()) == null) {
                em.persist(d);
                // parent_code is a plain column, so EclipseLink does not know a child must follow its
                // parent and may insert new divisions in any order: write each one now, parents first
                em.flush();
            }
        }
    }

    public void writeAccounts(List<StaffUser> staff, List<Partner> partners) {
        staff.forEach(em::persist);
        partners.forEach(em::persist);
    }

    public void writePeople(List<DemoDataGenerator.DemoPerson> people) {
        Map<String, Household> households = new HashMap<>();
        for (DemoDataGenerator.DemoPerson d : people) {
            Household h = households.computeIfAbsent(d.household().householdNumber(), k -> {
                em.persist(d.household());
                return d.household();
            });
            em.persist(d.person());
            for (Certificate c : d.certificates()) {
                em.persist(c);
            }
        }
    }

    public void recordGeneration(int people) {
        audit.record("system", AuditAction.CREATE, "DemoData", "all", null, "生成演示数据 " + people + " 人", null,
                null);
    }
}
