package cn.xndpf.application.demo;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.subsidy.EligibilityRules;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewStage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.util.ArrayList;
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

    @Inject
    private CaseRepository cases;

    @Inject
    private PolicySettingRepository settings;

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

    /** The review set-up of every program, by program code. */
    public Map<String, List<ReviewStage>> reviewStages() {
        Map<String, List<ReviewStage>> stages = new HashMap<>();
        for (SubsidyType t : SubsidyType.values()) {
            stages.put(t.programCode(), cases.stages(t.programCode()));
        }
        return stages;
    }

    /** The dated values of the settings the subsidy rules read, by key. */
    public Map<String, List<PolicySetting>> eligibilitySettings() {
        return Map.of(EligibilityRules.LIVING_INCLUDES_LOW_INCOME,
                settings.history(EligibilityRules.LIVING_INCLUDES_LOW_INCOME),
                EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL,
                settings.history(EligibilityRules.NURSING_INCLUDES_LEVEL_3_4_INTELLECTUAL_MENTAL));
    }

    /** Writes planned subsidy cases whose people are already written. */
    public void writeSubsidyCases(List<DemoSubsidyCases.Plan> plans) {
        List<DemoSubsidyCases.Built> built = new ArrayList<>();
        for (DemoSubsidyCases.Plan plan : plans) {
            Person applicant = em.find(Person.class, plan.applicant().person().id());
            DemoSubsidyCases.Built b = plan.build(applicant, em.find(Program.class, plan.type().programCode()));
            cases.store(b.subsidyCase());
            built.add(b);
        }
        em.flush();
        // A timeline step is stamped with the moment it is taken, which for generated history is now: date
        // each step back to the day the plan says it happened, so timelines and deadlines agree.
        for (DemoSubsidyCases.Built b : built) {
            List<CaseEvent> events = b.subsidyCase().events();
            for (int i = 0; i < events.size(); i++) {
                em.createNativeQuery("UPDATE case_event SET occurred_at = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(b.eventTimes().get(i)))
                        .setParameter(2, events.get(i).id())
                        .executeUpdate();
            }
        }
    }

    public void recordSubsidyCases(int cases) {
        audit.record("system", AuditAction.CREATE, "DemoData", "subsidy-cases", null, "生成两项补贴演示办件 " + cases + " 件",
                null, null);
    }

    public void recordGeneration(int people) {
        audit.record("system", AuditAction.CREATE, "DemoData", "all", null, "生成演示数据 " + people + " 人", null,
                null);
    }
}
