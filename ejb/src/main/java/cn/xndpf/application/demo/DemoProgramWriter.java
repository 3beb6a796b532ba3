package cn.xndpf.application.demo;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.care.CareRules;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.GrantPayment;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.DatedPeriod;
import cn.xndpf.domain.shared.PolicySetting;
import cn.xndpf.domain.shared.PolicySettingRepository;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.CaseEvent;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ReviewStage;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo's institutions and the history of the programs delivered through them (care first), one
 * step per transaction: cases through the domain's entities (hundreds), the day-by-day service records and
 * the settlements set-based in JDBC batches (tens of thousands), as {@link DemoDataWriter} writes the rolls.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoProgramWriter {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseRepository cases;

    @Inject
    private PolicySettingRepository settings;

    @Inject
    private cn.xndpf.domain.rehabilitation.DeviceRepository devices;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /**
     * Registers each planned institution unless its county already has one of that kind (then that one
     * serves), and stocks each rehabilitation institution (the county's device service point) with the
     * catalogue's devices where it holds none; the institution ids by county and kind.
     */
    public Map<String, Map<InstitutionKind, Long>> writeInstitutions(List<DemoInstitutions.Planned> planned) {
        Map<String, Map<InstitutionKind, Long>> ids = new LinkedHashMap<>();
        int created = 0;
        for (DemoInstitutions.Planned p : planned) {
            List<?> existing = em.createNativeQuery("SELECT id FROM institution WHERE kind = ?1 AND division_code = ?2"
                    + " ORDER BY id").setParameter(1, p.kind().name()).setParameter(2, p.county()).getResultList();
            long id;
            if (existing.isEmpty()) {
                Institution i = new Institution(p.name(), p.kind(), p.qualification(), p.services(), p.capacity(),
                        DivisionCode.of(p.county()), DatedPeriod.from(DemoInstitutions.QUALIFIED_FROM));
                em.persist(i);
                em.flush();
                id = i.id();
                created++;
            } else {
                id = ((Number) existing.get(0)).longValue();
            }
            ids.computeIfAbsent(p.county(), k -> new EnumMap<>(InstitutionKind.class)).put(p.kind(), id);
            if (p.kind() == InstitutionKind.REHABILITATION) {
                for (Map.Entry<String, Integer> stock : DemoInstitutions.DEVICE_STOCK.entrySet()) {
                    em.createNativeQuery("INSERT INTO device_stock (institution_id, device_code, on_hand)"
                                    + " SELECT ?1, ?2, ?3 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM device_stock"
                                    + " WHERE institution_id = ?1 AND device_code = ?2)")
                            .setParameter(1, id).setParameter(2, stock.getKey()).setParameter(3, stock.getValue())
                            .executeUpdate();
                }
            }
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "institutions", null, "生成演示服务机构 " + created
                + " 家（康复机构及辅助器具服务点、托养机构、特殊教育学校、辅助性就业机构，各县区一家）", null, null);
        return ids;
    }

    /** A program's review chain rows, as stored. */
    public List<ReviewStage> stages(String programCode) {
        return cases.stages(programCode);
    }

    /** The dated values of the given settings, by key. */
    public Map<String, List<PolicySetting>> settings(List<String> keys) {
        Map<String, List<PolicySetting>> values = new LinkedHashMap<>();
        keys.forEach(k -> values.put(k, settings.history(k)));
        return values;
    }

    /**
     * Writes planned care cases (their people already written), each placed one enrolled with its county's
     * care institution from its placement day to its last day, naming the case, as the placement and the
     * kernel's termination leave it; the timeline dated back to the plan's days. The enrolment ids, by plan
     * (null where the case was never placed).
     */
    public List<Long> writeCareCases(List<DemoCareCases.Plan> plans, Map<String, Long> careInstitutionByCounty) {
        Program program = em.find(Program.class, "CARE");
        List<DemoCareCases.Built> built = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        for (DemoCareCases.Plan plan : plans) {
            Person person = em.find(Person.class, plan.applicant().person().id());
            Institution at = em.find(Institution.class, careInstitutionByCounty.get(plan.county()));
            DemoCareCases.Built b = plan.build(person, program, at);
            cases.store(b.careCase());
            built.add(b);
        }
        em.flush();
        for (int i = 0; i < plans.size(); i++) {
            DemoCareCases.Plan plan = plans.get(i);
            DemoCareCases.Built b = built.get(i);
            if (plan.placedOn() == null) {
                enrolments.add(null);
                continue;
            }
            Enrolment e = new Enrolment(b.careCase().person(), b.careCase().institution(), plan.kind().service(),
                    DatedPeriod.of(plan.placedOn(), plan.lastDay()), b.careCase().id());
            em.persist(e);
            enrolments.add(e);
        }
        em.flush();
        for (DemoCareCases.Built b : built) {
            List<CaseEvent> events = b.careCase().events();
            for (int i = 0; i < events.size(); i++) {
                em.createNativeQuery("UPDATE case_event SET occurred_at = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(b.eventTimes().get(i)))
                        .setParameter(2, events.get(i).id())
                        .executeUpdate();
            }
        }
        return enrolments.stream().map(e -> e == null ? null : e.id()).toList();
    }

    /**
     * Stores real-name service records as the institution's staff would have recorded them on each day's
     * evening (one day of care or one visit each, at the day's share of the month's rate).
     */
    public void writeCareServices(List<DemoCareCases.Service> services, List<DemoCareCases.Plan> plans,
                                  Map<String, Long> careInstitutionByCounty, Map<String, String> districtStaff,
                                  Map<String, List<PolicySetting>> careSettings) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO service_record (id, person_id, institution_id,"
                     + " service_kind, service_date, quantity, amount, division_code, channel, recorded_by, recorded_at)"
                     + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'SCREEN', ?, ?)")) {
            SequenceIds ids = new SequenceIds(c);
            int batched = 0;
            for (DemoCareCases.Service service : services) {
                DemoCareCases.Plan p = plans.get(service.plan());
                Person person = p.applicant().person();
                s.setLong(1, ids.next());
                s.setLong(2, person.id());
                s.setLong(3, careInstitutionByCounty.get(p.county()));
                s.setString(4, p.kind().service().name());
                s.setDate(5, Date.valueOf(service.day()));
                s.setBigDecimal(6, dailyShare(careSettings, p, service.day()));
                s.setString(7, person.division().value());
                s.setString(8, districtStaff.getOrDefault(p.county(), "dpf-" + p.county()));
                s.setTimestamp(9, DemoDataWriter.at(service.day(), 17, 30));
                s.addBatch();
                if (++batched % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo care history: writing the service records failed", e);
        }
    }

    /**
     * Stores the monthly settlements as {@code CareSettlementService.settle} leaves them, each settled on the
     * fifth of the next month (today at the latest) by the county's district staff.
     */
    public void writeCareSettlements(List<DemoCareCases.Settlement> settlements, List<DemoCareCases.Plan> plans,
                                     List<Long> enrolmentIds, Map<String, Long> careInstitutionByCounty,
                                     Map<String, String> districtStaff, LocalDate today) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement head = c.prepareStatement("INSERT INTO care_settlement (id, institution_id,"
                     + " settlement_month, division_code, persons, units, total_amount, settled_by, settled_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO care_settlement_line (id, settlement_id,"
                     + " person_id, enrolment_id, care_kind, units, monthly_rate, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            SequenceIds ids = new SequenceIds(c);
            int batched = 0;
            for (DemoCareCases.Settlement st : settlements) {
                long id = ids.next();
                LocalDate settled = st.month().plusMonths(1).atDay(5);
                settled = settled.isAfter(today) ? today : settled;
                head.setLong(1, id);
                head.setLong(2, careInstitutionByCounty.get(st.county()));
                head.setDate(3, Date.valueOf(st.month().atDay(1)));
                head.setString(4, st.county());
                head.setInt(5, (int) st.lines().stream().map(l -> plans.get(l.plan()).applicant()).distinct().count());
                head.setInt(6, st.units());
                head.setBigDecimal(7, st.total());
                head.setString(8, districtStaff.getOrDefault(st.county(), "dpf-" + st.county()));
                head.setTimestamp(9, DemoDataWriter.at(settled, 10, 0));
                head.executeUpdate();
                for (DemoCareCases.Line l : st.lines()) {
                    line.setLong(1, ids.next());
                    line.setLong(2, id);
                    line.setLong(3, plans.get(l.plan()).applicant().person().id());
                    line.setLong(4, enrolmentIds.get(l.plan()));
                    line.setString(5, l.kind().name());
                    line.setInt(6, l.units());
                    line.setBigDecimal(7, l.monthlyRate());
                    line.setBigDecimal(8, l.amount());
                    line.addBatch();
                    if (++batched % BATCH == 0) {
                        line.executeBatch();
                    }
                }
            }
            line.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo care history: writing the settlements failed", e);
        }
    }

    public void recordCareHistory(int cases, int services, int settlements) {
        audit.record("system", AuditAction.CREATE, "DemoData", "care-history", null, "生成托养服务演示历史：办件 " + cases
                + " 件，实名服务记录 " + services + " 条，月度结算 " + settlements + " 份", null, null);
    }

    /**
     * Writes planned education grant cases (their students already written) through the domain's entity,
     * the timeline dated back to the plan's days.
     */
    public void writeGrantCases(List<DemoEducation.Grant> grants) {
        Program program = em.find(Program.class, "EDUCATION_GRANT");
        List<DemoEducation.Built> built = new ArrayList<>();
        for (DemoEducation.Grant g : grants) {
            DemoEducation.Built b = g.build(em.find(Person.class, g.student().person().id()), program);
            cases.store(b.grantCase());
            built.add(b);
        }
        em.flush();
        for (DemoEducation.Built b : built) {
            List<CaseEvent> events = b.grantCase().events();
            for (int i = 0; i < events.size(); i++) {
                em.createNativeQuery("UPDATE case_event SET occurred_at = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(b.eventTimes().get(i)))
                        .setParameter(2, events.get(i).id())
                        .executeUpdate();
            }
            payIfDue(b);
        }
    }

    /**
     * The payment (助学金发放) of a grant approved at least a month ago, ten days after its approval, as the
     * district records it; the grants approved since stay unpaid, so the payment screen has work to show.
     */
    private void payIfDue(DemoEducation.Built b) {
        EducationGrantCase grant = b.grantCase();
        if (grant.state() != CaseState.APPROVED) {
            return;
        }
        LocalDate approved = b.eventTimes().get(b.eventTimes().size() - 1).atZone(PlatformClock.ZONE)
                .toLocalDate();
        LocalDate paidOn = approved.plusDays(10);
        if (paidOn.plusDays(20).isAfter(PlatformClock.today())) {
            return;
        }
        em.persist(new GrantPayment(grant, paidOn, "DEMO-" + grant.caseNumber(), "system"));
    }

    /**
     * Stores the plans' versions, the fee reliefs and the bureau's enrolment reports as the services leave
     * them (the plan's and relief's division is the child's; a report is the demo partner's), in JDBC batches.
     */
    public void writeEducationRecords(DemoEducation.History h, Map<String, Long> specialSchoolByCounty) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement plan = c.prepareStatement("INSERT INTO education_plan (id, person_id, version_no,"
                     + " placement, institution_id, school_name, school_year, decided_on, review_due, note, division_code,"
                     + " valid_from, valid_to, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement relief = c.prepareStatement("INSERT INTO education_fee_relief (id, person_id, school_year,"
                     + " term, relief_kind, amount, school_name, division_code, recorded_by, recorded_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement report = c.prepareStatement("INSERT INTO education_enrolment_report (id, person_id,"
                     + " school_year, enrolled, school_name, division_code, reported_by, reported_at, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'partner:partner-demo', ?, 0)")) {
            SequenceIds ids = new SequenceIds(c);
            for (DemoEducation.PlanVersion v : h.plans()) {
                Person p = v.child().person();
                plan.setLong(1, ids.next());
                plan.setLong(2, p.id());
                plan.setInt(3, v.version());
                plan.setString(4, v.placement().name());
                if (v.placement() == cn.xndpf.domain.education.Placement.SPECIAL_SCHOOL) {
                    plan.setLong(5, specialSchoolByCounty.get(v.county()));
                } else {
                    plan.setNull(5, java.sql.Types.BIGINT);
                }
                plan.setString(6, v.schoolName());
                plan.setInt(7, v.schoolYear().startYear());
                plan.setDate(8, Date.valueOf(v.decidedOn()));
                plan.setDate(9, Date.valueOf(v.reviewDue()));
                plan.setString(10, v.note());
                plan.setString(11, p.division().value());
                plan.setDate(12, Date.valueOf(v.decidedOn()));
                plan.setDate(13, v.validTo() == null ? null : Date.valueOf(v.validTo()));
                plan.setString(14, v.decidedBy());
                plan.setTimestamp(15, DemoDataWriter.at(v.decidedOn(), 15, 0));
                plan.addBatch();
            }
            plan.executeBatch();
            int batched = 0;
            for (DemoEducation.Relief r : h.reliefs()) {
                Person p = r.student().person();
                relief.setLong(1, ids.next());
                relief.setLong(2, p.id());
                relief.setInt(3, r.schoolYear().startYear());
                relief.setInt(4, r.term());
                relief.setString(5, r.kind().name());
                relief.setBigDecimal(6, r.amount());
                relief.setString(7, r.schoolName());
                relief.setString(8, p.division().value());
                relief.setString(9, r.recordedBy());
                relief.setTimestamp(10, DemoDataWriter.at(r.recordedOn(), 11, 0));
                relief.addBatch();
                if (++batched % BATCH == 0) {
                    relief.executeBatch();
                }
            }
            relief.executeBatch();
            for (DemoEducation.Report r : h.reports()) {
                Person p = r.child().person();
                report.setLong(1, ids.next());
                report.setLong(2, p.id());
                report.setInt(3, r.schoolYear().startYear());
                report.setInt(4, r.enrolled() ? 1 : 0);
                report.setString(5, r.schoolName());
                report.setString(6, p.division().value());
                report.setTimestamp(7, DemoDataWriter.at(r.reportedOn(), 16, 0));
                report.addBatch();
            }
            report.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo education history: writing the records failed", e);
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "education-history", null, "生成教育演示历史：助学金办件 "
                + h.grants().size() + " 件，减免补助 " + h.reliefs().size() + " 人次，一人一案 " + h.plans().size()
                + " 个版本，入学报告 " + h.reports().size() + " 条", null, null);
    }

    /**
     * Writes a chunk of needs assessments and the basic-service cases resting on them through the domain's
     * entities: each placed case enrolls its person with the county's designated institution naming the
     * case, from its placement to its last day; assessments' and timelines' times dated back to their days.
     * {@code offset} is the index of the chunk's first assessment in the whole plan.
     */
    public void writeRehabilitation(List<DemoRehabilitation.Assessment> assessments, int offset,
                                    List<DemoRehabilitation.ServiceCase> serviceCases,
                                    Map<String, Long> rehabilitationInstitutionByCounty) {
        List<cn.xndpf.domain.rehabilitation.RehabilitationAssessment> stored = new ArrayList<>();
        for (DemoRehabilitation.Assessment a : assessments) {
            var entity = new cn.xndpf.domain.rehabilitation.RehabilitationAssessment(
                    em.find(Person.class, a.person().person().id()), a.assessedOn(), a.service(), null, a.assessedBy());
            em.persist(entity);
            stored.add(entity);
        }
        em.flush();
        for (int i = 0; i < stored.size(); i++) {
            em.createNativeQuery("UPDATE rehabilitation_assessment SET recorded_at = ?1 WHERE id = ?2")
                    .setParameter(1, DemoDataWriter.at(assessments.get(i).assessedOn(), 11, 30))
                    .setParameter(2, stored.get(i).id())
                    .executeUpdate();
        }
        Program program = em.find(Program.class, "REHABILITATION");
        List<DemoRehabilitation.Built> built = new ArrayList<>();
        for (DemoRehabilitation.ServiceCase c : serviceCases) {
            Institution at = em.find(Institution.class, rehabilitationInstitutionByCounty.get(c.county()));
            DemoRehabilitation.Built b = c.build(program, stored.get(c.assessment() - offset), at);
            cases.store(b.programCase());
            built.add(b);
        }
        em.flush();
        for (int i = 0; i < serviceCases.size(); i++) {
            DemoRehabilitation.ServiceCase c = serviceCases.get(i);
            if (c.placedOn() != null) {
                var rc = (cn.xndpf.domain.rehabilitation.RehabilitationCase) built.get(i).programCase();
                em.persist(new Enrolment(rc.person(), rc.institution(), c.service(),
                        DatedPeriod.of(c.placedOn(), c.lastDay()), rc.id()));
            }
        }
        em.flush();
        backdate(built);
    }

    /** Writes children's aid cases (the children already written) through the domain's entity. */
    public void writeChildAid(List<DemoRehabilitation.AidCase> aid) {
        Program program = em.find(Program.class, "CHILD_REHABILITATION");
        List<DemoRehabilitation.Built> built = new ArrayList<>();
        for (DemoRehabilitation.AidCase a : aid) {
            DemoRehabilitation.Built b = a.build(em.find(Person.class, a.child().person().id()), program);
            cases.store(b.programCase());
            built.add(b);
        }
        em.flush();
        backdate(built);
    }

    /** The institutions' real-name records of the basic services' sessions and fittings. */
    public void writeRehabilitationServices(List<DemoRehabilitation.ServiceCase> serviceCases,
                                            Map<String, Long> rehabilitationInstitutionByCounty,
                                            Map<String, String> districtStaff) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO service_record (id, person_id, institution_id,"
                     + " service_kind, service_date, quantity, amount, division_code, channel, recorded_by, recorded_at)"
                     + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 'SCREEN', ?, ?)")) {
            SequenceIds ids = new SequenceIds(c);
            int batched = 0;
            for (DemoRehabilitation.ServiceCase sc : serviceCases) {
                Person person = sc.person().person();
                for (LocalDate day : sc.sessions()) {
                    s.setLong(1, ids.next());
                    s.setLong(2, person.id());
                    s.setLong(3, rehabilitationInstitutionByCounty.get(sc.county()));
                    s.setString(4, sc.service().name());
                    s.setDate(5, Date.valueOf(day));
                    s.setBigDecimal(6, sc.service() == cn.xndpf.domain.institution.ServiceKind.DEVICE_FITTING
                            ? DemoRehabilitation.FITTING : DemoRehabilitation.SESSION);
                    s.setString(7, person.division().value());
                    s.setString(8, districtStaff.getOrDefault(sc.county(), "dpf-" + sc.county()));
                    s.setTimestamp(9, DemoDataWriter.at(day, 17, 0));
                    s.addBatch();
                    if (++batched % BATCH == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo rehabilitation history: writing the service records failed", e);
        }
    }

    /** The device catalogue in force today. */
    public List<cn.xndpf.domain.rehabilitation.AssistiveDevice> deviceCatalogue() {
        return devices.catalogue(cn.xndpf.domain.shared.PlatformClock.today());
    }

    /** Each county's service point's stock, by device code, as it stands. */
    public Map<String, Map<String, Integer>> deviceStock(Map<String, Long> servicePointByCounty) {
        Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
        servicePointByCounty.forEach((county, point) -> {
            Map<String, Integer> lines = new LinkedHashMap<>();
            devices.stock(point).forEach(l -> lines.put(l.deviceCode(), l.onHand()));
            stock.put(county, lines);
        });
        return stock;
    }

    /**
     * Writes planned device cases (their people already written) through the domain's entities, each item
     * issued or lent from its county's service point as {@code DeviceService.issue} leaves it, fitted and
     * returned as the desk records it; the timeline dated back to the plan's days.
     */
    public void writeDeviceCases(List<DemoDevices.Plan> plans, Map<String, Long> servicePointByCounty) {
        Program program = em.find(Program.class, "ASSISTIVE_DEVICE");
        List<DemoRehabilitation.Built> built = new ArrayList<>();
        for (DemoDevices.Plan p : plans) {
            Institution point = em.find(Institution.class, servicePointByCounty.get(p.county()));
            var device = devices.device(p.device().code(), p.appliedOn())
                    .orElseThrow(() -> new IllegalStateException("no catalogue row " + p.device().code()));
            DemoRehabilitation.Built b = p.build(program, em.find(Person.class, p.person().person().id()), device,
                    point);
            cases.store(b.programCase());
            built.add(b);
        }
        em.flush();
        backdate(built);
    }

    /**
     * Moves each service point's stock by what the device history issued, lent and took back (never below
     * zero: the plan kept it so, and the table's check would refuse it), and records the history in the audit log.
     */
    public void recordDeviceHistory(List<DemoDevices.Plan> plans, Map<String, Long> servicePointByCounty) {
        DemoDevices.stockChanges(plans).forEach((county, byCode) -> byCode.forEach((code, change) ->
                em.createNativeQuery("UPDATE device_stock SET on_hand = on_hand + ?1 WHERE institution_id = ?2"
                                + " AND device_code = ?3")
                        .setParameter(1, change).setParameter(2, servicePointByCounty.get(county))
                        .setParameter(3, code).executeUpdate()));
        long issued = plans.stream().filter(p -> p.issuedOn() != null).count();
        long returned = plans.stream().filter(p -> p.returnedOn() != null).count();
        audit.record("system", AuditAction.CREATE, "DemoData", "device-history", null, "生成辅助器具演示历史：办件 "
                + plans.size() + " 件，发放或出借 " + issued + " 件，归还 " + returned + " 件（服务点库存随之变动）",
                null, null);
    }

    public void recordRehabilitationHistory(DemoRehabilitation.History h) {
        long sessions = h.cases().stream().mapToLong(c -> c.sessions().size()).sum();
        audit.record("system", AuditAction.CREATE, "DemoData", "rehabilitation-history", null, "生成康复演示历史：需求评估 "
                + h.assessments().size() + " 次，基本康复服务办件 " + h.cases().size() + " 件（实名服务记录 " + sessions
                + " 条），残疾儿童康复救助办件 " + h.aid().size() + " 件", null, null);
    }

    private void backdate(List<DemoRehabilitation.Built> built) {
        for (DemoRehabilitation.Built b : built) {
            List<CaseEvent> events = b.programCase().events();
            for (int i = 0; i < events.size(); i++) {
                em.createNativeQuery("UPDATE case_event SET occurred_at = ?1 WHERE id = ?2")
                        .setParameter(1, Timestamp.from(b.eventTimes().get(i)))
                        .setParameter(2, events.get(i).id())
                        .executeUpdate();
            }
        }
    }

    /**
     * Writes the planned employment history (就业): the employers, their declarations with the declared employees
     * judged as planned (or waiting for a decision on a double declaration, or not yet verified), and the funds
     * with every line of their computation and what was reported collected; one summary audit entry.
     */
    public void writeEmployment(DemoEmployment.History h) {
        List<cn.xndpf.domain.employment.Employer> employers = new ArrayList<>();
        for (DemoEmployment.Employer p : h.employers()) {
            cn.xndpf.domain.employment.Employer e = new cn.xndpf.domain.employment.Employer(p.creditCode(), p.name(),
                    DivisionCode.of(p.division()), p.kind(), p.taxOffice());
            em.persist(e);
            employers.add(e);
        }
        int funds = 0;
        int collected = 0;
        for (DemoEmployment.Declaration p : h.declarations()) {
            cn.xndpf.domain.employment.EmploymentDeclaration d = new cn.xndpf.domain.employment.EmploymentDeclaration(
                    employers.get(p.employer()), p.year(), p.staff(), p.totalWages(),
                    cn.xndpf.domain.employment.EmploymentDeclaration.Channel.SCREEN, p.actor(), p.declaredAt());
            for (DemoEmployment.Employee x : p.employees()) {
                cn.xndpf.domain.employment.DeclaredEmployee e = d.add(x.declared());
                switch (x.outcome()) {
                    case DUPLICATE -> e.duplicate();
                    case RECOGNISED, NOT_RECOGNISED -> e.judged(x.verdict());
                    default -> {
                        // declared, not yet verified
                    }
                }
            }
            if (p.verifiedAt() != null) {
                d.verified(p.actor(), p.verifiedAt());
            }
            em.persist(d);
            if (p.fund() != null) {
                cn.xndpf.domain.employment.SecurityFund f = new cn.xndpf.domain.employment.SecurityFund(d,
                        p.fund().computation(), p.actor(), p.fund().computedAt(), null);
                if (p.fund().collected() != null) {
                    f.collected(p.fund().collected(), p.fund().collectedOn());
                    collected++;
                }
                em.persist(f);
                funds++;
            }
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "employment-history", null, "生成演示就业历史："
                + employers.size() + " 家用人单位，" + h.declarations().size() + " 份年审申报，" + funds
                + " 份保障金核定（" + collected + " 份已报征收）", null, null);
    }

    /**
     * Writes the planned employment services (就业服务) in JDBC batches, as the services would have stored them:
     * the training courses and their real-name attendance, the job fairs with their employers and registered
     * seekers, the placements (open ones holding their "person:kind" key, ended ones none), the sheltered workers
     * as the registry's enrolments for {@code SHELTERED_WORK} with the county's sheltered-employment institution,
     * that institution's monthly subsidies with a line per worker and the enrolment that made the worker present,
     * and the employment bases; one summary audit entry.
     *
     * @param employers the employment history's employers (already written: found by their credit code)
     */
    public void writeEmploymentServices(DemoEmploymentServices.History h, List<DemoEmployment.Employer> employers,
                                        Map<String, Long> shelteredByCounty) {
        try (Connection c = dataSource.getConnection()) {
            SequenceIds ids = new SequenceIds(c);
            List<Long> employerIds = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM employer WHERE credit_code = ?")) {
                for (DemoEmployment.Employer e : employers) {
                    find.setString(1, e.creditCode().value());
                    try (java.sql.ResultSet r = find.executeQuery()) {
                        employerIds.add(r.next() ? r.getLong(1) : null);
                    }
                }
            }
            writeCourses(c, ids, h.courses());
            writeFairs(c, ids, h.fairs(), employerIds);
            writePlacements(c, ids, h.placements(), employerIds);
            writeSheltered(c, ids, h, shelteredByCounty);
            try (PreparedStatement base = c.prepareStatement("INSERT INTO employment_base (id, name, kind_code,"
                    + " division_code, recognised_on, disabled_employed, version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                for (DemoEmploymentServices.Base b : h.bases()) {
                    base.setLong(1, ids.next());
                    base.setString(2, b.name());
                    base.setString(3, b.kindCode());
                    base.setString(4, b.division());
                    base.setDate(5, Date.valueOf(b.recognisedOn()));
                    base.setInt(6, b.employed());
                    base.addBatch();
                }
                base.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo employment services: writing failed", e);
        }
        long trainees = h.courses().stream().mapToLong(x -> x.trainees().size()).sum();
        long ended = h.placements().stream().filter(p -> p.endedOn() != null).count();
        audit.record("system", AuditAction.CREATE, "DemoData", "employment-services-history", null,
                "生成演示就业服务历史：职业技能培训 " + h.courses().size() + " 期（" + trainees + " 人次），招聘会 "
                        + h.fairs().size() + " 场，就业安置 " + h.placements().size() + " 人次（" + ended
                        + " 人次已结束），辅助性就业人员 " + h.workers().size() + " 名，机构月度补贴 " + h.subsidies().size()
                        + " 笔，就业创业基地 " + h.bases().size() + " 个", null, null);
    }

    private static void writeCourses(Connection c, SequenceIds ids, List<DemoEmploymentServices.Course> courses)
            throws SQLException {
        try (PreparedStatement course = c.prepareStatement("INSERT INTO training_course (id, name, trade, organiser,"
                + " division_code, starts_on, ends_on, total_cost, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement attendance = c.prepareStatement("INSERT INTO training_attendance (id, course_id,"
                     + " person_id, enrolled_on, completed_on, version) VALUES (?, ?, ?, ?, ?, 0)")) {
            for (DemoEmploymentServices.Course x : courses) {
                long id = ids.next();
                course.setLong(1, id);
                course.setString(2, x.name());
                course.setString(3, x.trade());
                course.setString(4, x.organiser());
                course.setString(5, x.county());
                course.setDate(6, Date.valueOf(x.startsOn()));
                course.setDate(7, Date.valueOf(x.endsOn()));
                course.setBigDecimal(8, x.cost());
                course.addBatch();
                for (DemoEmploymentServices.Trainee t : x.trainees()) {
                    attendance.setLong(1, ids.next());
                    attendance.setLong(2, id);
                    attendance.setLong(3, t.person().person().id());
                    attendance.setDate(4, Date.valueOf(t.enrolledOn()));
                    attendance.setDate(5, t.completedOn() == null ? null : Date.valueOf(t.completedOn()));
                    attendance.addBatch();
                }
            }
            course.executeBatch();
            attendance.executeBatch();
        }
    }

    private static void writeFairs(Connection c, SequenceIds ids, List<DemoEmploymentServices.Fair> fairs,
                                   List<Long> employerIds) throws SQLException {
        try (PreparedStatement fair = c.prepareStatement("INSERT INTO job_fair (id, held_on, place, division_code,"
                + " organiser, jobs_offered, other_seekers, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement employer = c.prepareStatement("INSERT INTO job_fair_employer (fair_id, employer_id)"
                     + " VALUES (?, ?)");
             PreparedStatement seeker = c.prepareStatement("INSERT INTO job_fair_seeker (fair_id, person_id)"
                     + " VALUES (?, ?)")) {
            for (DemoEmploymentServices.Fair f : fairs) {
                long id = ids.next();
                fair.setLong(1, id);
                fair.setDate(2, Date.valueOf(f.heldOn()));
                fair.setString(3, f.place());
                fair.setString(4, f.county());
                fair.setString(5, f.organiser());
                fair.setInt(6, f.jobsOffered());
                fair.setInt(7, f.otherSeekers());
                fair.addBatch();
                for (int e : f.employers()) {
                    employer.setLong(1, id);
                    employer.setLong(2, employerIds.get(e));
                    employer.addBatch();
                }
                for (DemoDataGenerator.DemoPerson d : f.seekers()) {
                    seeker.setLong(1, id);
                    seeker.setLong(2, d.person().id());
                    seeker.addBatch();
                }
            }
            fair.executeBatch();
            employer.executeBatch();
            seeker.executeBatch();
        }
    }

    private static void writePlacements(Connection c, SequenceIds ids,
                                        List<DemoEmploymentServices.Placement> placements, List<Long> employerIds)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO employment_placement (id, person_id, kind,"
                + " employer_id, division_code, started_on, ended_on, open_key, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (DemoEmploymentServices.Placement p : placements) {
                long person = p.person().person().id();
                s.setLong(1, ids.next());
                s.setLong(2, person);
                s.setString(3, p.kind().name());
                if (p.employer() == null) {
                    s.setNull(4, java.sql.Types.BIGINT);
                } else {
                    s.setLong(4, employerIds.get(p.employer()));
                }
                s.setString(5, p.division());
                s.setDate(6, Date.valueOf(p.startedOn()));
                s.setDate(7, p.endedOn() == null ? null : Date.valueOf(p.endedOn()));
                // as cn.xndpf.domain.employment.Placement keeps it: "person id:kind" while open, nothing once ended
                s.setString(8, p.endedOn() == null ? person + ":" + p.kind().name() : null);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeSheltered(Connection c, SequenceIds ids, DemoEmploymentServices.History h,
                                       Map<String, Long> shelteredByCounty) throws SQLException {
        List<Long> enrolments = new ArrayList<>();
        try (PreparedStatement e = c.prepareStatement("INSERT INTO institution_enrolment (id, person_id,"
                + " institution_id, service_kind, valid_from, valid_to, case_id) VALUES (?, ?, ?, 'SHELTERED_WORK', ?, ?,"
                + " NULL)")) {
            for (DemoEmploymentServices.Worker w : h.workers()) {
                long id = ids.next();
                enrolments.add(id);
                e.setLong(1, id);
                e.setLong(2, w.person().person().id());
                e.setLong(3, shelteredByCounty.get(w.county()));
                e.setDate(4, Date.valueOf(w.from()));
                e.setDate(5, w.to() == null ? null : Date.valueOf(w.to()));
                e.addBatch();
            }
            e.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("INSERT INTO sheltered_subsidy (id, institution_id,"
                + " subsidy_month, division_code, rate, worker_count, amount, paid_by, paid_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO sheltered_subsidy_line (subsidy_id, line_no,"
                     + " person_id, enrolment_id, amount) VALUES (?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (DemoEmploymentServices.Subsidy s : h.subsidies()) {
                long id = ids.next();
                head.setLong(1, id);
                head.setLong(2, shelteredByCounty.get(s.county()));
                head.setDate(3, Date.valueOf(s.month().atDay(1)));
                head.setString(4, s.county());
                head.setBigDecimal(5, s.rate());
                head.setInt(6, s.workers().size());
                head.setBigDecimal(7, s.amount());
                head.setString(8, s.paidBy());
                head.setTimestamp(9, DemoDataWriter.at(s.paidOn(), 10, 0));
                head.addBatch();
                for (int n = 0; n < s.workers().size(); n++) {
                    int w = s.workers().get(n);
                    line.setLong(1, id);
                    line.setInt(2, n);
                    line.setLong(3, h.workers().get(w).person().person().id());
                    line.setLong(4, enrolments.get(w));
                    line.setBigDecimal(5, s.rate());
                    line.addBatch();
                }
                if (++batched % BATCH == 0) {
                    head.executeBatch();
                    line.executeBatch();
                }
            }
            head.executeBatch();
            line.executeBatch();
        }
    }

    /**
     * Writes the planned rights and culture history: petitions with their timelines (each step's time the
     * evening of its day, as if recorded then), legal matters, dispute rounds with their findings, culture events;
     * one summary audit entry for each of the two programs.
     */
    public void writeRightsAndCulture(DemoRights.History h) {
        h.petitions().forEach(em::persist);
        h.legalMatters().forEach(em::persist);
        h.rounds().forEach(em::persist);
        h.events().forEach(em::persist);
        em.flush();
        for (cn.xndpf.domain.rights.Petition p : h.petitions()) {
            for (cn.xndpf.domain.rights.PetitionEvent e : p.timeline()) {
                em.createNativeQuery("UPDATE petition_event SET occurred_at = ?1 WHERE id = ?2")
                        .setParameter(1, DemoDataWriter.at(e.day(), 17, 30)).setParameter(2, e.id()).executeUpdate();
            }
        }
        long closed = h.petitions().stream().filter(p -> p.state() == cn.xndpf.domain.rights.PetitionState.CLOSED).count();
        long findings = h.rounds().stream().mapToLong(r -> r.findings().size()).sum();
        audit.record("system", AuditAction.CREATE, "DemoData", "rights-history", null, "生成演示维权历史："
                + h.petitions().size() + " 件信访事项（" + closed + " 件已办结），" + h.legalMatters().size()
                + " 件法律咨询和法律援助，" + h.rounds().size() + " 轮矛盾纠纷排查（" + findings + " 项）", null, null);
        audit.record("system", AuditAction.CREATE, "DemoData", "culture-history", null, "生成演示文体活动 "
                + h.events().size() + " 场", null, null);
    }

    /**
     * Writes planned fuel-subsidy cases (机动轮椅车燃油补贴) through the domain's entities, their timelines dated back
     * to the plan's days; the summary audit entry comes with the last chunk ({@code last}).
     */
    public void writeFuelCases(List<DemoFuelSubsidy.Plan> plans, boolean last, int total, long paid) {
        Program program = em.find(Program.class, cn.xndpf.application.rights.FuelSubsidyService.PROGRAM);
        List<DemoRehabilitation.Built> built = new ArrayList<>();
        for (DemoFuelSubsidy.Plan p : plans) {
            DemoRehabilitation.Built b = p.build(program, em.find(Person.class, p.owner().person().id()),
                    PlatformClock.today());
            cases.store(b.programCase());
            built.add(b);
        }
        em.flush();
        backdate(built);
        if (last) {
            audit.record("system", AuditAction.CREATE, "DemoData", "fuel-history", null, "生成机动轮椅车燃油补贴演示历史：办件 "
                    + total + " 件，已发放 " + paid + " 件", null, null);
        }
    }

    // poverty
    /**
     * Writes the planned poverty-relief history (脱贫解困): each household's status rows and monitoring (with its
     * measures) built by the domain's rules, and the mutual-aid months paid in the seeded pilots; one summary
     * audit entry.
     */
    public void writePoverty(DemoPoverty.History h) {
        LocalDate today = PlatformClock.today();
        int statuses = 0;
        int monitorings = 0;
        for (DemoPoverty.HouseholdPlan p : h.households()) {
            long household = p.household().id();
            for (cn.xndpf.domain.poverty.PovertyStatusChange c : p.statuses(household)) {
                em.persist(c);
                statuses++;
            }
            cn.xndpf.domain.poverty.PovertyMonitoring m = p.monitoring(household, today);
            if (m != null) {
                em.persist(m);
                monitorings++;
            }
        }
        Map<String, cn.xndpf.domain.poverty.MutualAidPilot> pilots = new LinkedHashMap<>();
        DemoPoverty.PILOTS.forEach((county, id) -> pilots.put(county,
                em.find(cn.xndpf.domain.poverty.MutualAidPilot.class, id)));
        for (DemoPoverty.Payment p : h.payments()) {
            em.persist(p.build(pilots.get(p.county()), p.household().id()));
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "poverty-history", null, "生成演示脱贫解困历史："
                + h.households().size() + " 户贫困户（" + statuses + " 次状态变更），" + monitorings + " 户防返贫监测，"
                + h.payments().size() + " 个月邻里互助补贴", null, null);
    }

    // accessibility
    /**
     * Writes planned home modifications (家庭无障碍改造) through the domain's entities, their timelines dated back to
     * the plan's days; the summary audit entry comes with the last chunk ({@code last}).
     */
    public void writeHomeModifications(List<DemoAccessibility.Plan> plans, boolean last, int total) {
        Program program = em.find(Program.class, cn.xndpf.application.accessibility.HomeModificationService.PROGRAM);
        List<DemoRehabilitation.Built> built = new ArrayList<>();
        for (DemoAccessibility.Plan p : plans) {
            DemoRehabilitation.Built b = p.build(program, em.find(Person.class, p.applicant().person().id()),
                    p.applicant().household(), PlatformClock.today());
            cases.store(b.programCase());
            built.add(b);
        }
        em.flush();
        backdate(built);
        if (last) {
            audit.record("system", AuditAction.CREATE, "DemoData", "accessibility-history", null,
                    "生成家庭无障碍改造演示历史：办件 " + total + " 件", null, null);
        }
    }

    /**
     * Writes the planned facility inventory (无障碍设施台账), each entry with its dated counts (the first on the day
     * it was recorded, then its revisions), and its inspections.
     */
    public void writeFacilities(List<DemoAccessibility.Facility> facilities) {
        LocalDate today = PlatformClock.today();
        int inspections = 0;
        int revisions = 0;
        for (DemoAccessibility.Facility f : facilities) {
            cn.xndpf.domain.accessibility.AccessibleFacility entry = f.build(today);
            em.persist(entry);
            em.flush();
            cn.xndpf.domain.accessibility.FacilityCount latest = null;
            for (DemoAccessibility.Count c : f.counts()) {
                latest = entry.count(c.quantity(), c.day(), latest, today, f.actor());
                em.persist(latest);
            }
            revisions += f.counts().size() - 1;
            for (DemoAccessibility.Inspection i : f.inspections()) {
                em.persist(i.build(entry.id(), today, f.actor()));
                inspections++;
            }
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "facility-history", null, "生成无障碍设施台账演示数据："
                + facilities.size() + " 条台账，" + revisions + " 次数量修订，" + inspections + " 次检查", null, null);
    }

    /** A day's share of the month's subsidy at the rate in force that day: what one record is worth. */
    private static BigDecimal dailyShare(Map<String, List<PolicySetting>> careSettings, DemoCareCases.Plan p,
                                         LocalDate day) {
        BigDecimal rate = new BigDecimal(valueOn(careSettings, CareRules.monthlyAmountKey(p.kind()), day));
        int full = Integer.parseInt(valueOn(careSettings, CareRules.fullMonthUnitsKey(p.kind()), day));
        return rate.divide(BigDecimal.valueOf(full), 2, RoundingMode.HALF_UP);
    }

    private static String valueOn(Map<String, List<PolicySetting>> values, String key, LocalDate day) {
        return cn.xndpf.domain.shared.InForce.on(values.getOrDefault(key, List.of()), PolicySetting::validFrom, day)
                .map(PolicySetting::value)
                .orElseThrow(() -> new IllegalStateException("no setting " + key + " in force on " + day));
    }

    // social security

    /**
     * Stores the demo's pension list lines and the partner's answers (DemoSocialSecurity) in JDBC batches, as the
     * compilation and the partner's answers would have left them; one summary audit entry.
     */
    public void writeSocialSecurity(List<DemoSocialSecurity.Line> lines) {
        long answered = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement line = c.prepareStatement("INSERT INTO pension_list_line (list_year, person_id,"
                     + " division_code, cert_level, government_share, compiled_on, compiled_by)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement answer = c.prepareStatement("INSERT INTO pension_answer (list_year, person_id,"
                     + " pension_insured, medical_insured, medical_assistance, reported_by, reported_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (DemoSocialSecurity.Line l : lines) {
                line.setInt(1, l.year());
                line.setLong(2, l.who().person().id());
                line.setString(3, l.division());
                line.setInt(4, l.level());
                line.setBigDecimal(5, l.share());
                line.setDate(6, Date.valueOf(l.compiledOn()));
                line.setString(7, l.compiledBy());
                line.addBatch();
                if (l.pensionInsured() != null) {
                    answer.setInt(1, l.year());
                    answer.setLong(2, l.who().person().id());
                    answer.setInt(3, l.pensionInsured() ? 1 : 0);
                    answer.setInt(4, l.medicalInsured() ? 1 : 0);
                    answer.setInt(5, l.medicalAssistance() ? 1 : 0);
                    answer.setString(6, DemoSocialSecurity.PARTNER);
                    answer.setTimestamp(7, java.sql.Timestamp.valueOf(l.answeredAt()));
                    answer.addBatch();
                    answered++;
                }
                if (++batched % BATCH == 0) {
                    line.executeBatch();
                    answer.executeBatch();
                }
            }
            line.executeBatch();
            answer.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo social security history: writing the pension lists failed", e);
        }
        audit.record("system", AuditAction.CREATE, "DemoData", "socialsecurity-history", null, "生成演示养老保险代缴名单："
                + lines.size() + " 行，人社部门已答复 " + answered + " 行", null, null);
    }
}
