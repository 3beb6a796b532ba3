package cn.xndpf.benchmark;

import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.RateTable;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;

import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.application.subsidy.ImportColumn;
import cn.xndpf.domain.shared.InvalidValueException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small version of the benchmark's data set (10,000 people) on every build, so the loader never rots:
 * what it reports is what the database holds, the rows obey the schema and the platform's own rules, and
 * the platform's sequence goes on after the loaded ids.
 */
class ProvinceDataSetTest {

    private static final int PEOPLE = 10_000;
    /** A fixed load day, so the rolls' window is the same on every build: December 2025 to November 2026. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @TempDir
    Path dir;

    @Test
    void loadsACompleteRegistryThatThePlatformCanContinue() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(ProvinceDataSet.h2Url(Map.of("DPF_DATA_DIR", dir.toString())));

        ProvinceDataSet.Loaded loaded = ProvinceDataSet.load(db, PEOPLE, DAY);
        System.out.printf("[benchmark] %,d people loaded in %,d ms: %s%n", loaded.people(), loaded.millis(), loaded);

        assertEquals(PEOPLE, count(db, "SELECT COUNT(*) FROM person"));
        assertEquals(loaded.households(), count(db, "SELECT COUNT(*) FROM household"));
        // The benchmark signs in as the demo's city staff and partner.
        assertEquals(1, count(db, "SELECT COUNT(*) FROM staff_user WHERE username = 'city' AND active = 1"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM partner WHERE code = 'partner-demo' AND active = 1"
                + " AND scopes LIKE '%certificate-verification%'"));
        assertEquals(loaded.certificates(), count(db, "SELECT COUNT(*) FROM certificate"));
        assertEquals(loaded.certificateEvents(), count(db, "SELECT COUNT(*) FROM certificate_event"));
        assertEquals(loaded.assistancePeriods(), count(db, "SELECT COUNT(*) FROM household_assistance"));
        assertTrue(loaded.certificates() > PEOPLE * 9L / 10, "most people hold a certificate");
        assertTrue(loaded.households() < PEOPLE, "some households have two members");
        assertEquals(7, count(db, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM person"),
                "people in all seven counties");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM certificate c JOIN person p ON p.id = c.person_id"
                + " WHERE c.cert_number NOT LIKE p.id_number || '%'"), "certificate numbers extend the ID number");
        assertEquals(count(db, "SELECT COUNT(DISTINCT person_id) FROM certificate"),
                count(db, "SELECT COUNT(*) FROM certificate WHERE current_cert = 1"), "one current certificate each");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM certificate c WHERE NOT EXISTS"
                + " (SELECT 1 FROM certificate_event e WHERE e.certificate_id = c.id AND e.event_type = 'ISSUED')"),
                "every certificate's history starts with its issue");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number FROM person WHERE MOD(id, 97) = 0")) {
            while (rs.next()) {
                IdNumber.of(rs.getString(1));   // throws on a wrong check character or date
            }
        }
        long highest = count(db, "SELECT MAX(id) FROM person");
        long next = count(db, "SELECT NEXT VALUE FOR dpf_seq");
        assertTrue(next - 49 > highest, "the platform's next id block starts after the loaded ids");

        JdbcDataSource migrated = new JdbcDataSource();
        migrated.setURL(ProvinceDataSet.h2Url(Map.of("DPF_DATA_DIR", dir.resolve("migrated").toString())));
        SchemaMigrations.migrate(migrated);
        assertEquals(schema(migrated), schema(db), "the loader puts back every index and constraint it took off,"
                + " as the migrations made them");

        subsidyCasesAreThoseTheRulesAdmit(db, loaded);
        rollsPayEveryCaseEachMonthOnceAtTheMonthsRate(db, loaded);
        theImportsWorkbookHoldsTheApplicationsLeftWithoutACase(loaded);

        assertThrows(IllegalStateException.class, () -> ProvinceDataSet.load(db, 10),
                "a second load into a filled registry is refused");
        assertEquals(PEOPLE, count(db, "SELECT COUNT(*) FROM person"), "and writes nothing");
    }

    /**
     * Both directions, in SQL over the loaded rows: every case is admitted, and every admitted person has one
     * unless the pair was chosen for the import (those, exactly, have none).
     */
    private static void subsidyCasesAreThoseTheRulesAdmit(JdbcDataSource db, ProvinceDataSet.Loaded loaded)
            throws SQLException {
        assertEquals(loaded.livingSubsidyCases(), count(db, "SELECT COUNT(*) FROM program_case"
                + " WHERE program_code = 'LIVING_SUBSIDY' AND state = 'ACTIVE' AND case_kind = 'SUBSIDY'"));
        assertEquals(loaded.nursingSubsidyCases(), count(db, "SELECT COUNT(*) FROM program_case"
                + " WHERE program_code = 'NURSING_SUBSIDY' AND state = 'ACTIVE' AND case_kind = 'SUBSIDY'"));
        assertTrue(loaded.livingSubsidyCases() > PEOPLE / 50 && loaded.nursingSubsidyCases() > PEOPLE / 50,
                "both subsidies have cases: " + loaded);
        assertEquals(loaded.subsidyCases(), count(db, "SELECT COUNT(*) FROM subsidy_case"));
        String alive = "(p.death_date IS NULL OR p.death_date > DATE '2026-12-10')";
        String validCertificate = "JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                + " AND c.status = 'VALID' AND c.issued_on <= k.benefit_from";
        assertEquals(0, count(db, "SELECT COUNT(*) FROM program_case k JOIN person p ON p.id = k.person_id"
                + " WHERE k.case_kind = 'SUBSIDY' AND NOT EXISTS (SELECT 1 FROM certificate c"
                + " WHERE c.person_id = p.id AND c.current_cert = 1 AND c.status = 'VALID'"
                + " AND c.issued_on <= k.benefit_from AND " + alive + ")"),
                "every case's holder is alive with a certificate valid since the benefit began");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM program_case k JOIN person p ON p.id = k.person_id"
                + " WHERE k.program_code = 'LIVING_SUBSIDY' AND NOT EXISTS (SELECT 1 FROM household_assistance a"
                + " WHERE a.household_id = p.household_id AND a.status = 'DIBAO' AND a.valid_from <= k.benefit_from"
                + " AND (a.valid_to IS NULL OR a.valid_to >= DATE '2026-12-10'))"),
                "every living-subsidy household has held 低保 since the benefit began");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM program_case k JOIN subsidy_case s ON s.case_id = k.id"
                + " JOIN person p ON p.id = k.person_id " + validCertificate
                + " WHERE k.program_code = 'NURSING_SUBSIDY' AND (c.cert_level NOT IN (1, 2) OR s.benefit_level <> c.cert_level)"),
                "every nursing case is a level 1-2 holder at the certificate's level");
        String eligibleSince = "JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1 AND c.status = 'VALID'"
                + " AND c.issued_on <= DATE '2026-12-01' WHERE " + alive;
        assertEquals(chosen(loaded, SubsidyType.LIVING), idNumbers(db, "SELECT p.id_number FROM person p " + eligibleSince
                + " AND EXISTS (SELECT 1 FROM household_assistance a WHERE a.household_id = p.household_id"
                + " AND a.status = 'DIBAO' AND a.valid_from <= DATE '2026-12-01'"
                + " AND (a.valid_to IS NULL OR a.valid_to >= DATE '2026-12-10'))"
                + " AND NOT EXISTS (SELECT 1 FROM program_case k WHERE k.person_id = p.id"
                + " AND k.program_code = 'LIVING_SUBSIDY')"),
                "no 低保 holder is left without the living subsidy but those chosen for the import");
        assertEquals(chosen(loaded, SubsidyType.NURSING), idNumbers(db, "SELECT p.id_number FROM person p " + eligibleSince
                + " AND c.cert_level IN (1, 2)"
                + " AND NOT EXISTS (SELECT 1 FROM household_assistance a WHERE a.household_id = p.household_id"
                + " AND a.status = 'TEKUN_CENTRALISED' AND a.valid_from <= DATE '2026-12-10'"
                + " AND (a.valid_to IS NULL OR a.valid_to >= DATE '2026-12-10'))"
                + " AND NOT EXISTS (SELECT 1 FROM program_case k WHERE k.person_id = p.id"
                + " AND k.program_code = 'NURSING_SUBSIDY')"),
                "no level 1-2 holder is left without the nursing subsidy but those chosen for the import");
        assertEquals(loaded.subsidyCases() * 6, count(db, "SELECT COUNT(*) FROM case_event"),
                "created, submitted, three approvals and the benefit's start for every case");
        assertEquals(loaded.subsidyCases(), count(db, "SELECT COUNT(*) FROM case_event e JOIN program_case k"
                + " ON k.id = e.case_id WHERE e.event_type = 'ACTIVATED' AND e.state_to = 'ACTIVE'"));
    }

    /**
     * Each county's roll of each of the twelve months before the load day pays every case whose benefit had
     * begun, once, at the month's rate; so the platform's own schedule owes each case the current month only.
     */
    private static void rollsPayEveryCaseEachMonthOnceAtTheMonthsRate(JdbcDataSource db,
                                                                     ProvinceDataSet.Loaded loaded) throws SQLException {
        YearMonth current = YearMonth.from(DAY);
        assertEquals(7 * 12, loaded.paymentRolls());
        assertEquals(7 * 12, count(db, "SELECT COUNT(*) FROM payment_roll WHERE status = 'COMPLETED'"
                + " AND roll_month >= DATE '2025-12-01' AND roll_month <= DATE '2026-11-01'"));
        assertEquals(loaded.paymentLines(), count(db, "SELECT COUNT(*) FROM payment_line WHERE status = 'PAID'"));
        assertEquals(loaded.paymentLines(), count(db, "SELECT SUM(line_count) FROM payment_roll"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM payment_roll r WHERE total_amount <>"
                + " (SELECT SUM(l.amount) FROM payment_line l WHERE l.roll_id = r.id)"), "roll totals are their lines'");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM payment_line l JOIN payment_roll r ON r.id = l.roll_id"
                + " JOIN program_case k ON k.id = l.case_id WHERE l.paid_month <> r.roll_month"
                + " OR k.division_code NOT LIKE r.division_code || '%'"), "a roll pays its own month and county");

        RateTable rates;
        Map<Long, List<PaymentSchedule.Existing>> lines = new HashMap<>();
        Map<Long, PaymentSchedule.CaseFacts> cases = new HashMap<>();
        Map<Long, SubsidyType> types = new HashMap<>();
        Map<Long, DisabilityLevel> levels = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            rates = SubsidyHistory.rates(c);
            try (ResultSet rs = s.executeQuery("SELECT k.id, k.benefit_from, s.subsidy_type, s.benefit_level"
                    + " FROM program_case k JOIN subsidy_case s ON s.case_id = k.id")) {
                while (rs.next()) {
                    cases.put(rs.getLong(1), new PaymentSchedule.CaseFacts(CaseState.ACTIVE,
                            rs.getDate(2).toLocalDate(), null, null));
                    types.put(rs.getLong(1), SubsidyType.valueOf(rs.getString(3)));
                    levels.put(rs.getLong(1), DisabilityLevel.ofCode(rs.getInt(4)));
                    lines.put(rs.getLong(1), new ArrayList<>());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT case_id, paid_month, attempt, status, amount FROM payment_line")) {
                while (rs.next()) {
                    lines.get(rs.getLong(1)).add(new PaymentSchedule.Existing(YearMonth.from(rs.getDate(2).toLocalDate()),
                            rs.getInt(3), PaymentLineStatus.valueOf(rs.getString(4)), rs.getBigDecimal(5)));
                }
            }
        }
        for (Map.Entry<Long, PaymentSchedule.CaseFacts> e : cases.entrySet()) {
            long id = e.getKey();
            YearMonth from = YearMonth.from(e.getValue().benefitFrom());
            List<PaymentSchedule.Existing> paid = lines.get(id);
            assertEquals(from.until(current, java.time.temporal.ChronoUnit.MONTHS), paid.size(),
                    "case " + id + " is paid every month from " + from + " up to the load month");
            for (PaymentSchedule.Existing line : paid) {
                assertEquals(0, rates.monthlyAmount(types.get(id), levels.get(id), line.month().atDay(1)).orElseThrow()
                        .compareTo(line.amount()), "case " + id + " paid " + line.month() + " at that month's rate");
            }
            List<PaymentSchedule.Owed> owed = PaymentSchedule.owed(e.getValue(), current, paid,
                    m -> rates.monthlyAmount(types.get(id), levels.get(id), m.atDay(1)));
            assertEquals(List.of(current), owed.stream().map(PaymentSchedule.Owed::month).toList(),
                    "the current month's roll owes case " + id + " its month only");
        }
    }

    /**
     * The pairs left for the import: about the default share of the admitted pairs, of both subsidies, and the
     * workbook the import screen gets holds them in the import's own columns, each as the platform's reader of
     * those workbooks reads it.
     */
    private void theImportsWorkbookHoldsTheApplicationsLeftWithoutACase(ProvinceDataSet.Loaded loaded) throws Exception {
        List<ImportApplications.Application> chosen = loaded.importApplications();
        long admitted = loaded.subsidyCases() + chosen.size();
        assertEquals(Math.floor(admitted * ImportApplications.DEFAULT_SHARE), chosen.size(), 1.0,
                "the default share of " + admitted + " admitted pairs");
        assertTrue(!chosen(loaded, SubsidyType.LIVING).isEmpty() && !chosen(loaded, SubsidyType.NURSING).isEmpty(),
                "both subsidies have pairs left for the import");

        Path workbook = dir.resolve("subsidy-import.xlsx");
        ImportApplications.write(chosen, workbook);
        List<ImportApplications.Application> read = new ArrayList<>();
        int rows = WorkbookReader.read(Files.readAllBytes(workbook), ImportColumn.class, Integer.MAX_VALUE, row -> {
            List<InvalidValueException> problems = new ArrayList<>();
            String type = row.text(ImportColumn.TYPE);
            read.add(new ImportApplications.Application(row.digits(ImportColumn.ID_NUMBER, problems),
                    Arrays.stream(SubsidyType.values()).filter(t -> ImportApplications.shortName(t).equals(type))
                            .findFirst().orElseThrow(), row.text(ImportColumn.BANK_NAME),
                    row.digits(ImportColumn.BANK_ACCOUNT, problems), row.date(ImportColumn.APPLIED_ON, problems)));
            assertEquals(List.of(), problems, "row " + row.number());
        });
        assertEquals(chosen.size(), rows);
        assertEquals(chosen, read, "each row is a chosen pair, in the loader's order");
        assertTrue(chosen.stream().allMatch(a -> a.appliedOn().equals(DAY) && !a.bankName().isBlank()
                && a.bankAccount().matches("\\d{19}")), "applied for on the load day, with a bank account");
    }

    private static Set<String> chosen(ProvinceDataSet.Loaded loaded, SubsidyType type) {
        return loaded.importApplications().stream().filter(a -> a.type() == type)
                .map(ImportApplications.Application::idNumber).collect(Collectors.toSet());
    }

    private static Set<String> idNumbers(JdbcDataSource db, String sql) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /**
     * Every constraint (its kind, columns, check clause, the key a foreign key refers to and its rules, and
     * the index it uses: its own, whatever H2 named it, or which other) and every index created by name, of
     * every table. Indexes H2 makes for itself are named after the constraint that owns them, with a
     * suffix of its own; those that no constraint owns are the copies H2 2.2 adds on each opening in
     * Oracle mode, and are left out (a database opened more often has more of them).
     */
    private static List<String> schema(JdbcDataSource db) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT t.table_name, t.constraint_name, t.constraint_type,"
                    + " (SELECT LISTAGG(k.column_name, ',') WITHIN GROUP (ORDER BY k.ordinal_position)"
                    + " FROM information_schema.key_column_usage k WHERE k.constraint_schema = t.constraint_schema"
                    + " AND k.constraint_name = t.constraint_name),"
                    + " (SELECT LISTAGG(ic.column_name, ',') WITHIN GROUP (ORDER BY ic.ordinal_position)"
                    + " FROM information_schema.index_columns ic WHERE ic.index_schema = t.index_schema"
                    + " AND ic.index_name = t.index_name),"
                    + " CASE WHEN t.index_name LIKE t.constraint_name || '\\_INDEX\\_%' ESCAPE '\\' THEN 'own'"
                    + " WHEN t.index_name LIKE 'PRIMARY\\_KEY\\_%' ESCAPE '\\' THEN 'primary key' ELSE t.index_name END,"
                    + " r.unique_constraint_name, r.update_rule, r.delete_rule, ck.check_clause"
                    + " FROM information_schema.table_constraints t"
                    + " LEFT JOIN information_schema.referential_constraints r ON r.constraint_schema = t.constraint_schema"
                    + " AND r.constraint_name = t.constraint_name"
                    + " LEFT JOIN information_schema.check_constraints ck ON ck.constraint_schema = t.constraint_schema"
                    + " AND ck.constraint_name = t.constraint_name"
                    + " WHERE t.table_schema = 'PUBLIC'")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 10; i++) {
                        row.append(i == 1 ? "" : " ").append(rs.getString(i));
                    }
                    schema.add(row.toString());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT i.table_name, i.index_name, i.index_type_name,"
                    + " (SELECT LISTAGG(ic.column_name || ' ' || ic.ordering_specification, ',')"
                    + " WITHIN GROUP (ORDER BY ic.ordinal_position) FROM information_schema.index_columns ic"
                    + " WHERE ic.index_schema = i.index_schema AND ic.index_name = i.index_name)"
                    + " FROM information_schema.indexes i WHERE i.table_schema = 'PUBLIC' AND i.is_generated = FALSE"
                    + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints t"
                    + " WHERE t.table_schema = i.table_schema"
                    + " AND i.index_name LIKE t.constraint_name || '\\_INDEX\\_%' ESCAPE '\\')")) {
                while (rs.next()) {
                    schema.add("index " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4));
                }
            }
        }
        schema.sort(null);
        return schema;
    }

    private static long count(JdbcDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
