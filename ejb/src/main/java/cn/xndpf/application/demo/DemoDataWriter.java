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
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.RecheckFinding;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyRepository;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.infrastructure.persistence.shared.SequenceIds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
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

    @Inject
    private SubsidyRepository subsidies;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

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

    /** The stored rate table of each subsidy. */
    public Map<SubsidyType, RateTable> rateTables() {
        Map<SubsidyType, RateTable> tables = new EnumMap<>(SubsidyType.class);
        for (SubsidyType t : SubsidyType.values()) {
            tables.put(t, new RateTable(subsidies.rates(t)));
        }
        return tables;
    }

    /**
     * Every subsidy case whose benefit started, with the days its timeline says it started, was suspended
     * and ended, as the payment history needs them; in id order.
     */
    public List<DemoPaymentHistory.CaseFacts> paidCases() {
        String sql = "SELECT pc.id, pc.person_id, pc.division_code, sc.subsidy_type, sc.benefit_level, pc.benefit_from,"
                + " pc.benefit_until, p.death_date, sc.bank_name, sc.bank_account, pc.state,"
                + " (SELECT MIN(e.occurred_at) FROM case_event e WHERE e.case_id = pc.id AND e.event_type = 'ACTIVATED'),"
                + " (SELECT MIN(e.occurred_at) FROM case_event e WHERE e.case_id = pc.id AND e.event_type = 'SUSPENDED'),"
                + " (SELECT MIN(e.occurred_at) FROM case_event e WHERE e.case_id = pc.id AND e.event_type = 'TERMINATED')"
                + " FROM program_case pc JOIN subsidy_case sc ON sc.case_id = pc.id JOIN person p ON p.id = pc.person_id"
                + " WHERE pc.benefit_from IS NOT NULL ORDER BY pc.id";
        List<DemoPaymentHistory.CaseFacts> facts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                facts.add(new DemoPaymentHistory.CaseFacts(r.getLong(1), r.getLong(2), r.getString(3).substring(0, 6),
                        SubsidyType.valueOf(r.getString(4)), DisabilityLevel.ofCode(r.getInt(5)), day(r.getDate(6)),
                        day(r.getTimestamp(12)), day(r.getTimestamp(13)), day(r.getTimestamp(14)), day(r.getDate(7)),
                        day(r.getDate(8)), r.getString(9), r.getString(10), CaseState.valueOf(r.getString(11))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo payment history: reading the cases failed", e);
        }
        return facts;
    }

    /**
     * Stores the rolls of one month as the roll job and the bank's return file would have left them: each
     * roll completed on the 25th with its totals, run by the county's district staff (a demo account where there is one), each line answered by the demo bank partner on the 28th.
     * Set-based: ids are drawn from the sequence in its blocks of 50, rows go in JDBC batches.
     */
    public void writeRolls(List<DemoPaymentHistory.Roll> rolls, Map<String, String> districtStaff) {
        if (rolls.isEmpty()) {
            return;
        }
        YearMonth month = rolls.get(0).month();
        Timestamp created = at(month.atDay(25), 9, 0);
        Timestamp ended = at(month.atDay(25), 9, 12);
        Timestamp settled = at(month.atDay(28), 16, 0);
        try (Connection c = dataSource.getConnection();
             PreparedStatement roll = c.prepareStatement("INSERT INTO payment_roll (id, roll_month, division_code,"
                     + " status, line_count, total_amount, cases_total, cases_done, created_by, created_at, run_by,"
                     + " run_started_at, run_ended_at, version) VALUES (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement line = c.prepareStatement("INSERT INTO payment_line (id, roll_id, case_id, person_id,"
                     + " subsidy_type, benefit_level, paid_month, amount, attempt, status, bank_name, bank_account,"
                     + " bank_reference, failure_reason, settled_by, settled_at, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            SequenceIds ids = new SequenceIds(c);
            int batched = 0;
            for (DemoPaymentHistory.Roll r : rolls) {
                long rollId = ids.next();
                long cases = r.lines().stream().map(l -> l.subsidyCase().caseId()).distinct().count();
                String staff = districtStaff.getOrDefault(r.county(), "dpf-" + r.county());
                roll.setLong(1, rollId);
                roll.setDate(2, Date.valueOf(month.atDay(1)));
                roll.setString(3, r.county());
                roll.setLong(4, r.lines().size());
                roll.setBigDecimal(5, r.total());
                roll.setLong(6, cases);
                roll.setLong(7, cases);
                roll.setString(8, staff);
                roll.setTimestamp(9, created);
                roll.setString(10, staff);
                roll.setTimestamp(11, created);
                roll.setTimestamp(12, ended);
                roll.executeUpdate();
                for (DemoPaymentHistory.Line l : r.lines()) {
                    long id = ids.next();
                    boolean paid = l.status() == PaymentLineStatus.PAID;
                    line.setLong(1, id);
                    line.setLong(2, rollId);
                    line.setLong(3, l.subsidyCase().caseId());
                    line.setLong(4, l.subsidyCase().personId());
                    line.setString(5, l.subsidyCase().type().name());
                    line.setInt(6, l.subsidyCase().level().code());
                    line.setDate(7, Date.valueOf(l.paidMonth().atDay(1)));
                    line.setBigDecimal(8, l.amount());
                    line.setInt(9, l.attempt());
                    line.setString(10, l.status().name());
                    line.setString(11, l.subsidyCase().bankName());
                    line.setString(12, l.subsidyCase().bankAccount());
                    line.setString(13, paid ? "DEMO" + month.toString().replace("-", "") + id : null);
                    line.setString(14, l.failureReason());
                    line.setString(15, DEMO_BANK);
                    line.setTimestamp(16, settled);
                    line.addBatch();
                    if (++batched % 500 == 0) {
                        line.executeBatch();
                    }
                }
            }
            line.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo payment history: writing the rolls of " + month + " failed", e);
        }
    }

    public void recordPaymentHistory(int rolls, long lines, long failed) {
        audit.record("system", AuditAction.CREATE, "DemoData", "payment-history", null, "生成两项补贴发放历史：名册 " + rolls
                + " 份，明细 " + lines + " 条（银行退回 " + failed + " 条，已在次月重发）", null, null);
    }

    /** The step that ended each ended subsidy case (the first, there is one), by case id. */
    public Map<Long, DemoRecheckHistory.Ending> endings() {
        Map<Long, DemoRecheckHistory.Ending> endings = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT e.case_id, e.actor, e.occurred_at, e.reason FROM case_event e"
                        + " JOIN subsidy_case sc ON sc.case_id = e.case_id WHERE e.event_type = 'TERMINATED'"
                        + " ORDER BY e.occurred_at");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                endings.putIfAbsent(r.getLong(1), new DemoRecheckHistory.Ending(r.getString(2),
                        r.getTimestamp(3).toInstant(), r.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo re-check history: reading the case endings failed", e);
        }
        return endings;
    }

    /**
     * Stores the findings of the past annual re-checks as the job and staff left them: each through the
     * domain's own {@link RecheckFinding} (reasons as keys and Chinese text, the case's level), found on its
     * check date, resolved when the plan says; then dated back, as the cases' timelines are. The findings
     * are few (tens for thousands of cases), so one transaction and the entity are enough.
     */
    public void writeRecheckHistory(List<DemoRecheckHistory.Finding> findings, int checkDates) {
        List<RecheckFinding> stored = new ArrayList<>();
        for (DemoRecheckHistory.Finding f : findings) {
            RecheckFinding finding = new RecheckFinding(em.find(SubsidyCase.class, f.caseId()), f.checkDate(),
                    f.reasons(), f.certificateLevel(), null);
            if (f.resolution() != null) {
                finding.resolve(f.resolution().how(), f.resolution().actor(), f.resolution().note());
            }
            em.persist(finding);
            stored.add(finding);
        }
        em.flush();
        for (int i = 0; i < stored.size(); i++) {
            DemoRecheckHistory.Finding f = findings.get(i);
            em.createNativeQuery("UPDATE subsidy_recheck_finding SET found_at = ?1 WHERE id = ?2")
                    .setParameter(1, at(f.checkDate(), 2, 30))
                    .setParameter(2, stored.get(i).id())
                    .executeUpdate();
            if (f.resolution() != null) {
                em.createNativeQuery("UPDATE subsidy_recheck_finding SET resolved_at = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(f.resolution().at()))
                        .setParameter(2, stored.get(i).id())
                        .executeUpdate();
            }
        }
        long open = findings.stream().filter(f -> f.resolution() == null).count();
        audit.record("system", AuditAction.CREATE, "DemoData", "recheck-history", null, "生成两项补贴年度核查历史：核查 "
                + checkDates + " 年，核查发现 " + findings.size() + " 条（未处理 " + open + " 条）", null, null);
    }

    /** The demo's bank, as a bank return file's import records it. */
    private static final String DEMO_BANK = "partner:partner-demo";

    static Timestamp at(LocalDate day, int hour, int minute) {
        return Timestamp.from(day.atTime(LocalTime.of(hour, minute)).atZone(PlatformClock.ZONE).toInstant());
    }

    private static LocalDate day(java.util.Date d) {
        if (d == null) {
            return null;
        }
        if (d instanceof Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return Instant.ofEpochMilli(d.getTime()).atZone(PlatformClock.ZONE).toLocalDate();
    }
}
