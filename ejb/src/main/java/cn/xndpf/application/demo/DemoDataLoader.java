package cn.xndpf.application.demo;

import cn.xndpf.application.shared.DemoSettings;
import cn.xndpf.application.shared.RunClaims;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.shared.PlatformClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty database with synthetic demo data when the server is started with
 * {@code -Ddpf.demo.people=N} (the run command and the tests do; a production domain does not).
 * Nothing is generated once staff accounts exist, so a restart keeps the data as it is.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    private static final int CHUNK = 500;
    private static final int CASE_CHUNK = 200;
    private static final long SEED = 20_260_101L;
    /** {@code -Ddpf.demo.history=false}: people and cases only, no past rolls (the IT domain's demo). */
    public static final String HISTORY = "dpf.demo.history";

    @EJB
    private DemoDataWriter writer;

    @EJB
    private RunClaims claims;

    @EJB
    private DemoPrograms programs;

    @PostConstruct
    void load() {
        int people = DemoSettings.people();
        if (people <= 0 || !writer.isEmpty()) {
            return;
        }
        if (!claims.claim("demo-data")) {
            LOG.info("Demo data: another server of this cluster generates it");
            return;
        }
        long started = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(SEED);
        writer.writeDivisions(generator.divisions());
        List<StaffUser> staff = generator.staff();
        writer.writeAccounts(staff, generator.partners());
        List<DemoDataGenerator.DemoPerson> all = generator.people(people);
        int from = 0;
        while (from < all.size()) {
            int to = Math.min(all.size(), from + CHUNK);
            // keep the members of one household in the same chunk
            while (to < all.size() && all.get(to).household() == all.get(to - 1).household()) {
                to++;
            }
            writer.writePeople(all.subList(from, to));
            from = to;
        }
        writer.recordGeneration(all.size());

        // After the people, from a random source of its own: the same seed still gives the same people.
        DemoSubsidyCases planner = new DemoSubsidyCases(SEED, PlatformClock.today(), writer.reviewStages(),
                writer.eligibilitySettings(), staff);
        List<DemoSubsidyCases.Plan> plans = planner.plan(all);
        for (int i = 0; i < plans.size(); i += CASE_CHUNK) {
            writer.writeSubsidyCases(plans.subList(i, Math.min(plans.size(), i + CASE_CHUNK)));
        }
        writer.recordSubsidyCases(plans.size());
        if (Boolean.parseBoolean(System.getProperty(HISTORY, "true"))) {
            history(staff, all, planner);
        }
        LOG.info(() -> String.format("Demo data: %d people and %d subsidy cases generated in %.1f s", all.size(),
                plans.size(), (System.nanoTime() - started) / 1e9));
    }

    /**
     * The records of the years before today that the demo's statistics and screens show (演示历史). Each
     * program adds its own history here, after the two subsidies', from its own demo cases.
     */
    private void history(List<StaffUser> staff, List<DemoDataGenerator.DemoPerson> people,
                         DemoSubsidyCases subsidyRules) {
        long started = System.nanoTime();
        Map<String, String> districtStaff = new HashMap<>();
        staff.stream().filter(u -> u.role() == StaffRole.DISTRICT_STAFF)
                .forEach(u -> districtStaff.put(u.jurisdiction().value(), u.username()));
        List<DemoPaymentHistory.CaseFacts> cases = writer.paidCases();
        DemoPaymentHistory payments = new DemoPaymentHistory(SEED, PlatformClock.today(), writer.rateTables());
        int rolls = 0;
        long lines = 0;
        long failed = 0;
        for (YearMonth month : payments.months()) {
            List<DemoPaymentHistory.Roll> ofMonth = payments.roll(month, cases);
            writer.writeRolls(ofMonth, districtStaff);
            rolls += ofMonth.size();
            for (DemoPaymentHistory.Roll r : ofMonth) {
                lines += r.lines().size();
                failed += r.lines().stream().filter(l -> l.status() == PaymentLineStatus.FAILED).count();
            }
        }
        writer.recordPaymentHistory(rolls, lines, failed);
        recheckHistory(cases, people, subsidyRules, districtStaff);
        programs.history(SEED, staff, people, districtStaff);
        int r = rolls;
        long l = lines;
        LOG.info(() -> String.format("Demo history: %d payment rolls with %d lines written in %.1f s", r, l,
                (System.nanoTime() - started) / 1e9));
    }

    /** The subsidies' annual re-checks of the past years and their findings ({@link DemoRecheckHistory}). */
    private void recheckHistory(List<DemoPaymentHistory.CaseFacts> cases, List<DemoDataGenerator.DemoPerson> people,
                                DemoSubsidyCases subsidyRules, Map<String, String> districtStaff) {
        Map<Long, DemoDataGenerator.DemoPerson> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.person().id(), p));
        DemoRecheckHistory rechecks = new DemoRecheckHistory(PlatformClock.today(), subsidyRules::assess);
        List<DemoRecheckHistory.Finding> findings = rechecks.findings(cases, byId, writer.endings(), districtStaff);
        writer.writeRecheckHistory(findings, rechecks.checkDates().size());
        LOG.info(() -> "Demo history: " + findings.size() + " annual re-check findings over "
                + rechecks.checkDates().size() + " years");
    }
}
