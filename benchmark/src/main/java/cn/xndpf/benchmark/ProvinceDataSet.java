package cn.xndpf.benchmark;

import cn.xndpf.application.demo.DemoDataGenerator;
import cn.xndpf.application.demo.DemoDataGenerator.DemoPerson;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.CertificateEvent;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.HouseholdAssistance;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.SchemaMigrations;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.infrastructure.persistence.shared.SequenceIds;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * The benchmark's province-sized registry: people in households over the seven counties, their
 * certificates with their event history and their households' assistance history, made by the same
 * generator as the demo data and written with JDBC batches (the demo's JPA writer makes 50,000 people in
 * about 50 s; a million that way would take a quarter of an hour); and the two subsidies' active cases with
 * twelve months of paid rolls ({@link SubsidyHistory}).
 *
 * <p>Ids are drawn from the platform's own sequence in the blocks EclipseLink draws them in ({@link SequenceIds}),
 * so the platform started on the loaded database goes on numbering after them.
 * Refuses a database that already holds people: a benchmark measures a known data set, not a mixture.
 * The loaded tables' secondary indexes, unique constraints and foreign keys are taken off for the load and
 * put back at its end ({@link DeferredIndexes}), which checks every row against them. Commits as it goes,
 * so a load that fails half-way leaves its part behind, without those indexes: start again on an empty
 * database (delete the data directory).
 */
public final class ProvinceDataSet {

    private static final int BATCH = 2_000;
    private static final int PROGRESS = 50_000;
    /** The tables the load writes into, whose secondary indexes and foreign keys wait for the end. */
    private static final List<String> LOADED_TABLES = List.of("household", "household_assistance", "person",
            "certificate", "certificate_event", "program_case", "subsidy_case", "case_event", "payment_roll",
            "payment_line");

    private final Connection connection;
    private final boolean oracle;
    private final SequenceIds ids;

    private ProvinceDataSet(Connection connection) throws SQLException {
        this.connection = connection;
        this.oracle = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("oracle");
        this.ids = new SequenceIds(connection);
    }

    /** What was written, for the caller's report. */
    public record Loaded(int people, long households, long certificates, long certificateEvents,
                         long assistancePeriods, int divisions, long livingSubsidyCases, long nursingSubsidyCases,
                         int paymentRolls, long paymentLines, java.math.BigDecimal paid, long millis,
                         List<ImportApplications.Application> importApplications) {

        public long subsidyCases() {
            return livingSubsidyCases + nursingSubsidyCases;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d people, %,d households, %,d certificates, %,d living and"
                    + " %,d nursing subsidy cases, %,d rolls of %,d lines, %,d applications left for the import",
                    people, households, certificates, livingSubsidyCases, nursingSubsidyCases, paymentRolls,
                    paymentLines, importApplications.size());
        }
    }

    /**
     * Brings the database to the current schema and loads {@code people} people into it, with the
     * generator's fixed seed, so two loads of the same size are the same data set.
     */
    public static Loaded load(DataSource dataSource, int people) throws SQLException {
        return load(dataSource, people, LocalDate.now());
    }

    /** As {@link #load(DataSource, int)}, with {@code today} as the load day (the rolls end the month before). */
    public static Loaded load(DataSource dataSource, int people, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        SchemaMigrations.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ProvinceDataSet set = new ProvinceDataSet(c);
            set.requireEmptyRegistry();
            Phase phase = new Phase();
            DeferredIndexes deferred = DeferredIndexes.dropFrom(c, set.oracle, LOADED_TABLES);
            phase.done("taken off: " + deferred.describe());
            Loaded loaded = set.write(new DemoDataGenerator(20_210_101L), people, today, phase);
            deferred.restore();
            phase.done("indexes and constraints put back");
            c.commit();
            phase.total();
            return new Loaded(loaded.people(), loaded.households(), loaded.certificates(),
                    loaded.certificateEvents(), loaded.assistancePeriods(), loaded.divisions(),
                    loaded.livingSubsidyCases(), loaded.nursingSubsidyCases(), loaded.paymentRolls(),
                    loaded.paymentLines(), loaded.paid(), (System.nanoTime() - started) / 1_000_000,
                    loaded.importApplications());
        }
    }

    private void requireEmptyRegistry() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds " + rs.getLong(1)
                        + " people: load the benchmark data set into an empty database");
            }
        }
    }

    private Loaded write(DemoDataGenerator generator, int people, LocalDate today, Phase phase) throws SQLException {
        List<Division> divisions = generator.divisions();
        writeDivisions(divisions);
        writeAccounts(generator);
        Timestamp now = Timestamp.from(Instant.now());
        long[] counts = new long[4];
        ImportApplications forImport = ImportApplications.ofSystemProperty();
        try (PreparedStatement household = connection.prepareStatement("INSERT INTO household"
                + " (id, household_no, division_code, address, urban, version) VALUES (?, ?, ?, ?, ?, 1)");
             PreparedStatement assistance = connection.prepareStatement("INSERT INTO household_assistance"
                     + " (id, household_id, status, valid_from, valid_to, source) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement person = connection.prepareStatement("INSERT INTO person (id, id_number, name, sex,"
                     + " birth_date, ethnicity, phone, address, division_code, household_id, urban, death_date,"
                     + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement certificate = connection.prepareStatement("INSERT INTO certificate (id, person_id,"
                     + " cert_number, category, cert_level, status, division_code, issued_on, cancelled_on,"
                     + " cancel_reason, current_cert, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement event = connection.prepareStatement("INSERT INTO certificate_event (id,"
                     + " certificate_id, event_type, event_date, old_category, new_category, old_level, new_level,"
                     + " old_division, new_division, reason, actor, recorded_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             SubsidyHistory subsidies = new SubsidyHistory(connection, this::nextId, oracle, today, forImport)) {
            List<PreparedStatement> inOrder = new ArrayList<>(List.of(household, assistance, person, certificate, event));
            inOrder.addAll(subsidies.statements());
            Batches batches = new Batches(connection, inOrder);
            Map<Household, Long> householdIds = new java.util.IdentityHashMap<>();
            long started = System.nanoTime();
            long written = 0;
            Generated generated = new Generated(generator, people);
            try {
                for (DemoPerson p = generated.next(); p != null; p = generated.next()) {
                    Long householdId = householdIds.get(p.household());
                    if (householdId == null) {
                        // Members of a household come one after another: only the last one is remembered.
                        householdIds.clear();
                        householdId = writeHousehold(household, assistance, p.household(), counts);
                        householdIds.put(p.household(), householdId);
                    }
                    long personId = writePerson(person, p.person(), householdId, now);
                    for (Certificate c : p.certificates()) {
                        writeCertificate(certificate, event, c, personId, counts);
                    }
                    subsidies.write(p, personId);
                    batches.rowWritten();
                    if (++written % PROGRESS == 0) {
                        System.out.printf("[benchmark] %,d people written in %.1f s%n", written,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
            } finally {
                generated.stop();
            }
            batches.flush();
            phase.done(String.format("%,d people with their households, certificates and subsidy cases", people));
            SubsidyHistory.Rolls rolls = subsidies.writeRolls();
            phase.done(String.format("%,d rolls of %,d lines", rolls.rolls(), rolls.lines()));
            return new Loaded(people, counts[0], counts[1], counts[2], counts[3], divisions.size(),
                    subsidies.cases(SubsidyType.LIVING), subsidies.cases(SubsidyType.NURSING), rolls.rolls(),
                    rolls.lines(), rolls.total(), 0, forImport.chosen());
        }
    }

    private void writeDivisions(List<Division> divisions) throws SQLException {
        // Parents first: the generator lists each township before its communities.
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO division"
                + " (code, name, parent_code, div_level, urban) VALUES (?, ?, ?, ?, ?)")) {
            for (Division d : divisions) {
                s.setString(1, d.code().value());
                s.setString(2, d.name());
                s.setString(3, d.parentCode() == null ? null : d.parentCode().value());
                s.setString(4, d.level().name());
                s.setInt(5, d.isUrban() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The demo's staff logins and partner: the measurements sign in as they do, and a platform started with
     * DPF_DEMO_PEOPLE=0 writes no accounts of its own.
     */
    private void writeAccounts(DemoDataGenerator generator) throws SQLException {
        try (PreparedStatement staff = connection.prepareStatement("INSERT INTO staff_user (username, display_name,"
                + " password_hash, staff_role, division_code, active, version) VALUES (?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement partner = connection.prepareStatement("INSERT INTO partner (code, name, secret_hash,"
                     + " scopes, active) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement served = connection.prepareStatement("INSERT INTO partner_division (partner_code,"
                     + " division_code) VALUES (?, ?)")) {
            for (StaffUser u : generator.staff()) {
                staff.setString(1, u.username());
                staff.setString(2, u.displayName());
                staff.setString(3, u.passwordHash());
                staff.setString(4, u.role().name());
                staff.setString(5, u.jurisdiction().value());
                staff.setInt(6, u.isActive() ? 1 : 0);
                staff.addBatch();
            }
            staff.executeBatch();
            for (Partner p : generator.partners()) {
                partner.setString(1, p.code());
                partner.setString(2, p.name());
                partner.setString(3, p.secretHash());
                partner.setString(4, String.join(",", p.scopes()));
                partner.setInt(5, p.isActive() ? 1 : 0);
                partner.addBatch();
            }
            partner.executeBatch();
            for (Partner p : generator.partners()) {
                for (cn.xndpf.domain.division.DivisionCode d : p.divisions()) {
                    served.setString(1, p.code());
                    served.setString(2, d.value());
                    served.addBatch();
                }
            }
            served.executeBatch();
        }
    }

    private long writeHousehold(PreparedStatement household, PreparedStatement assistance, Household h,
                                long[] counts) throws SQLException {
        long id = nextId();
        household.setLong(1, id);
        household.setString(2, h.householdNumber());
        household.setString(3, h.division().value());
        household.setString(4, h.address());
        household.setInt(5, h.isUrban() ? 1 : 0);
        household.addBatch();
        counts[0]++;
        for (HouseholdAssistance a : h.assistanceHistory()) {
            assistance.setLong(1, nextId());
            assistance.setLong(2, id);
            assistance.setString(3, a.status().name());
            assistance.setDate(4, Date.valueOf(a.validFrom()));
            setDate(assistance, 5, a.validTo());
            assistance.setString(6, a.source());
            assistance.addBatch();
            counts[3]++;
        }
        return id;
    }

    private long writePerson(PreparedStatement s, Person p, long householdId, Timestamp now) throws SQLException {
        long id = nextId();
        s.setLong(1, id);
        s.setString(2, p.idNumber().value());
        s.setString(3, p.name());
        s.setString(4, p.sex().code());
        s.setDate(5, Date.valueOf(p.birthDate()));
        s.setString(6, p.ethnicity());
        s.setString(7, p.phone());
        s.setString(8, p.address());
        s.setString(9, p.division().value());
        s.setLong(10, householdId);
        s.setInt(11, p.isUrban() ? 1 : 0);
        setDate(s, 12, p.deathDate());
        s.setTimestamp(13, now);
        s.setTimestamp(14, now);
        s.addBatch();
        return id;
    }

    private void writeCertificate(PreparedStatement s, PreparedStatement events, Certificate c, long personId,
                                  long[] counts) throws SQLException {
        long id = nextId();
        s.setLong(1, id);
        s.setLong(2, personId);
        s.setString(3, c.number().value());
        s.setInt(4, c.category().code());
        s.setInt(5, c.level().code());
        s.setString(6, c.status().name());
        s.setString(7, c.division().value());
        s.setDate(8, Date.valueOf(c.issuedOn()));
        setDate(s, 9, c.cancelledOn());
        s.setString(10, c.cancellationReason() == null ? null : c.cancellationReason().name());
        s.setInt(11, c.isCurrent() ? 1 : 0);
        s.addBatch();
        counts[1]++;
        for (CertificateEvent e : c.history()) {
            events.setLong(1, nextId());
            events.setLong(2, id);
            events.setString(3, e.type().name());
            events.setDate(4, Date.valueOf(e.date()));
            setInt(events, 5, e.oldCategory() == null ? null : e.oldCategory().code());
            setInt(events, 6, e.newCategory() == null ? null : e.newCategory().code());
            setInt(events, 7, e.oldLevel() == null ? null : e.oldLevel().code());
            setInt(events, 8, e.newLevel() == null ? null : e.newLevel().code());
            events.setString(9, e.oldDivision() == null ? null : e.oldDivision().value());
            events.setString(10, e.newDivision() == null ? null : e.newDivision().value());
            events.setString(11, e.reason());
            events.setString(12, e.actor());
            events.setTimestamp(13, Timestamp.from(e.recordedAt()));
            events.addBatch();
            counts[2]++;
        }
    }

    private long nextId() throws SQLException {
        return ids.next();
    }

    private static void setDate(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(day));
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    /**
     * Sends every statement's batch together, parents before children, and commits, every {@link #BATCH}
     * people: one transaction of millions of rows would make the database keep all of them to undo.
     */
    private static final class Batches {
        private final Connection connection;
        private final List<PreparedStatement> inOrder;
        private int rows;

        Batches(Connection connection, List<PreparedStatement> inOrder) {
            this.connection = connection;
            this.inOrder = new ArrayList<>(inOrder);
        }

        void rowWritten() throws SQLException {
            if (++rows % BATCH == 0) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement s : inOrder) {
                s.executeBatch();
            }
            connection.commit();
        }
    }

    /**
     * The generator's people, made on a thread of their own while this one writes them: on two cores the
     * making (names, ID numbers, certificates) and the writing overlap. One thread makes them in the
     * generator's order, so the data set is the same as when made and written one after the other.
     */
    private static final class Generated {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4_096);
        private final Thread maker;

        Generated(DemoDataGenerator generator, int people) {
            maker = new Thread(() -> {
                try {
                    generator.people(people, this::put);
                    put(END);
                } catch (CancellationException stopped) {
                    // the writer failed and said so itself
                } catch (RuntimeException | Error e) {
                    try {
                        put(e);   // waits for room: the writer takes everything before it
                    } catch (CancellationException stopped) {
                        // the writer failed too
                    }
                }
            }, "benchmark-generator");
            maker.setDaemon(true);
            maker.start();
        }

        private void put(Object o) {
            try {
                queue.put(o);
            } catch (InterruptedException e) {
                // the writer gave up: stop making people
                throw new CancellationException();
            }
        }

        /** The next person, or null after the last. */
        DemoPerson next() {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                maker.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the generator", e);
            }
            if (o == END) {
                return null;
            }
            if (o instanceof Throwable t) {
                throw new IllegalStateException("the generator failed", t);
            }
            return (DemoPerson) o;
        }

        void stop() {
            maker.interrupt();
        }
    }

    /**
     * Prints each step's wall time beside the CPU time the loader's process used in it and the machine's
     * load average: on a machine shared with other builds the wall time alone says little.
     */
    static final class Phase {
        private final java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long startedWall = System.nanoTime();
        private final long startedCpu = cpuNanos();
        private long wall = startedWall;
        private long cpu = startedCpu;

        void done(String what) {
            long nowWall = System.nanoTime();
            long nowCpu = cpuNanos();
            System.out.printf("[benchmark] %s: %.1f s, CPU %.1f s, load average %.1f%n", what, (nowWall - wall) / 1e9,
                    (nowCpu - cpu) / 1e9, os.getSystemLoadAverage());
            wall = nowWall;
            cpu = nowCpu;
        }

        void total() {
            System.out.printf("[benchmark] the load: %.1f s, CPU %.1f s, load average %.1f%n",
                    (System.nanoTime() - startedWall) / 1e9, (cpuNanos() - startedCpu) / 1e9,
                    os.getSystemLoadAverage());
        }

        private long cpuNanos() {
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        }
    }

    /**
     * Loads the data set into the database the server script would configure: the H2 file in
     * {@code DPF_DATA_DIR} (default {@code ~/.dpf/data}) in Oracle mode, or Oracle with {@code DPF_DB=oracle}
     * and {@code DPF_DB_URL}, {@code DPF_DB_USER}, {@code DPF_DB_PASSWORD}.
     */
    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        DataSource target = dataSource(System.getenv());
        System.out.printf("[benchmark] loading %,d people into %s%n", people, describe(System.getenv()));
        Loaded l = load(target, people);
        System.out.printf("[benchmark] %,d people, %,d households, %,d certificates, %,d certificate events,"
                        + " %,d assistance periods, %,d divisions, %,d living and %,d nursing subsidy cases,"
                        + " %,d paid rolls of %,d lines (%s yuan) in %.1f s%n", l.people(), l.households(),
                l.certificates(), l.certificateEvents(), l.assistancePeriods(), l.divisions(),
                l.livingSubsidyCases(), l.nursingSubsidyCases(), l.paymentRolls(), l.paymentLines(),
                l.paid().toPlainString(), l.millis() / 1000.0);
        // Beside the benchmark's reports: the workbook the import measurement uploads.
        java.nio.file.Path workbook = java.nio.file.Path.of(System.getProperty("dpf.benchmark.importWorkbook",
                "target/subsidy-import.xlsx"));
        ImportApplications.write(l.importApplications(), workbook);
        System.out.println("[benchmark] left for the import: " + ImportApplications.describe(l.importApplications(), workbook));
    }

    static DataSource dataSource(Map<String, String> env) throws SQLException {
        if ("oracle".equals(env.get("DPF_DB"))) {
            oracle.jdbc.pool.OracleDataSource ds = new oracle.jdbc.pool.OracleDataSource();
            ds.setURL(require(env, "DPF_DB_URL"));
            ds.setUser(require(env, "DPF_DB_USER"));
            ds.setPassword(require(env, "DPF_DB_PASSWORD"));
            return ds;
        }
        JdbcDataSource ds = new JdbcDataSource();
        // The loader's own page cache (H2's default is 64 MB): a million people's indexes are written in
        // random key order, and with the default cache most inserts read and rewrite pages on disk. Half the
        // loader's heap; the platform started on the file afterwards keeps its own settings.
        ds.setURL(h2Url(env) + ";CACHE_SIZE=" + Runtime.getRuntime().maxMemory() / 2 / 1024);
        return ds;
    }

    /** The same URL as dpf-server.sh's pool, so the platform started afterwards finds the data. */
    static String h2Url(Map<String, String> env) {
        String dir = env.getOrDefault("DPF_DATA_DIR", System.getProperty("user.home") + "/.dpf/data");
        String mode = env.containsKey("DPF_H2_MODE") ? env.get("DPF_H2_MODE") : ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        return "jdbc:h2:file:" + dir + "/dpf;AUTO_SERVER=TRUE" + mode;
    }

    private static String describe(Map<String, String> env) {
        return "oracle".equals(env.get("DPF_DB")) ? env.get("DPF_DB_URL") : h2Url(env);
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("DPF_DB=oracle needs " + name);
        }
        return value;
    }
}
