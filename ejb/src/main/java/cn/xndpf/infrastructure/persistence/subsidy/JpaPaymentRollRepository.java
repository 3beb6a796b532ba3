package cn.xndpf.infrastructure.persistence.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.subsidy.PaymentFileLine;
import cn.xndpf.domain.subsidy.PaymentLine;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.infrastructure.persistence.shared.InLists;
import cn.xndpf.infrastructure.persistence.shared.SequenceIds;
import cn.xndpf.infrastructure.persistence.shared.StreamedQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaPaymentRollRepository implements PaymentRollRepository {

    /**
     * The ids of a page of a roll's lines, in the order of the index {@code ix_line_roll} (V76): status, then
     * case, month and attempt. That index holds every column named here, so the database reads the page's
     * entries from it and stops; ordered by anything else (the township, as the bank file is) it sorted all of
     * a roll's lines for every page, 16 s for the city's roll of 533,291 lines (issue 10). The order names
     * {@code roll_id} although the roll is fixed: H2 reads an index in order for an ORDER BY only when the
     * ORDER BY begins with the index's first column.
     */
    private static final String PAGE_IDS = "SELECT id FROM payment_line WHERE roll_id = ?%s"
            + " ORDER BY roll_id, status, case_id, paid_month, attempt OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    /** COUNT(*) rather than JPQL's COUNT(l.id): H2 answers it from an index, where the id read every line's row. */
    private static final String COUNT_LINES = "SELECT COUNT(*) FROM payment_line WHERE roll_id = ?%s";
    /** Answered from the entries of {@code ix_line_roll}, which holds the subsidy and the amount for it. */
    private static final String LINE_TOTALS = "SELECT subsidy_type, status, COUNT(*), SUM(amount) FROM payment_line"
            + " WHERE roll_id = ? GROUP BY subsidy_type, status ORDER BY subsidy_type, status";

    /**
     * The file's rows as columns rather than entities, in the line list's order (case, month, attempt), the order
     * {@code ix_line_roll} is read in, so the lines stream ({@link StreamedQuery}); by township, as the file was
     * until 2026-12-02, every line had to be read and sorted before the first was written.
     */
    private static final String PENDING_FILE_LINES = "SELECT l.id, l.case_id, g.case_prefix, l.paid_month, l.attempt,"
            + " l.subsidy_type, p.name, p.id_number, l.bank_name, l.bank_account, l.amount"
            + " FROM payment_line l JOIN program_case k ON k.id = l.case_id JOIN program g ON g.code = k.program_code"
            + " JOIN person p ON p.id = l.person_id"
            + " WHERE l.roll_id = ? AND l.status = ? ORDER BY l.roll_id, l.status, l.case_id, l.paid_month, l.attempt";
    /** A new line: pending, unsettled, version 1 as EclipseLink gives an entity's first insert. */
    private static final String ADD_LINE = "INSERT INTO payment_line (id, roll_id, case_id, person_id, subsidy_type,"
            + " benefit_level, paid_month, amount, attempt, status, bank_name, bank_account, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Enlisted in the caller's transaction, so it reads what the roll's lock guards. */
    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    public Optional<PaymentRoll> find(long rollId) {
        return Optional.ofNullable(em.find(PaymentRoll.class, rollId));
    }

    @Override
    public Optional<PaymentRoll> find(YearMonth month, DivisionCode division) {
        return em.createQuery("SELECT r FROM PaymentRoll r WHERE r.month = :m AND r.division = :d", PaymentRoll.class)
                .setParameter("m", month.atDay(1)).setParameter("d", division.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<PaymentRoll> rolls(DivisionCode within, YearMonth month, int first, int max) {
        return rollQuery(PaymentRoll.class, "SELECT r", within, month, " ORDER BY r.month DESC, r.division")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countRolls(DivisionCode within, YearMonth month) {
        return rollQuery(Long.class, "SELECT COUNT(r)", within, month, "").getSingleResult();
    }

    @Override
    public List<PaymentRoll> running() {
        return em.createQuery("SELECT r FROM PaymentRoll r WHERE r.status = :s ORDER BY r.id", PaymentRoll.class)
                .setParameter("s", cn.xndpf.domain.subsidy.PaymentRollStatus.RUNNING).getResultList();
    }

    private <T> TypedQuery<T> rollQuery(Class<T> type, String select, DivisionCode within, YearMonth month,
                                        String order) {
        String jpql = select + " FROM PaymentRoll r WHERE r.division LIKE :d" + (month == null ? "" : " AND r.month = :m")
                + order;
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("d", within.prefix() + "%");
        if (month != null) {
            q.setParameter("m", month.atDay(1));
        }
        return q;
    }

    @Override
    public void store(PaymentRoll roll) {
        em.persist(roll);
    }

    @Override
    public Optional<PaymentLine> findLine(long lineId) {
        return Optional.ofNullable(em.find(PaymentLine.class, lineId));
    }

    @Override
    public Optional<PaymentLine> latestLine(long caseId, YearMonth month) {
        return em.createQuery("SELECT l FROM PaymentLine l WHERE l.subsidyCase.id = :c AND l.paidMonth = :m"
                        + " ORDER BY l.attempt DESC", PaymentLine.class)
                .setParameter("c", caseId).setParameter("m", month.atDay(1)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Plain JDBC, not JPQL: the roll reads about twelve lines per case for every case of every chunk, and this
     * read as JPQL held half the samples of the roll's chunks in a profile (issue 10); as columns it spares
     * EclipseLink building the statement for each list of ids and converting every row. H2 answers it through
     * the index of {@code fk_line_case} and each line's row; a covering index was measured and not added
     * (README, Performance).
     */
    @Override
    public java.util.Map<Long, List<PaymentSchedule.Existing>> existingLines(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, List<PaymentSchedule.Existing>> byCase = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (List<Long> group : InLists.groups(caseIds)) {
                try (PreparedStatement s = c.prepareStatement("SELECT case_id, paid_month, attempt, status, amount"
                        + " FROM payment_line WHERE case_id IN (" + InLists.markers(group.size()) + ")")) {
                    InLists.bind(s, 1, group);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            byCase.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new PaymentSchedule.Existing(
                                    YearMonth.from(r.getDate(2).toLocalDate()), r.getInt(3),
                                    PaymentLineStatus.valueOf(r.getString(4)), r.getBigDecimal(5)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("existing payment lines of " + caseIds.size() + " cases", e);
        }
        return byCase;
    }

    /**
     * One JDBC batch on the enlisted data source, not entities: persisting the lines as {@code PaymentLine}s
     * held 46 of the 194 samples of the roll's chunks in a profile (issue 10). Nothing is left stale by it:
     * payment lines are not in the shared cache ({@code ENABLE_SELECTIVE}, the entity is not
     * {@code @Cacheable}), and a persistence context that reads them afterwards reads them from the table.
     */
    @Override
    public void addLines(PaymentRoll roll, List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ADD_LINE)) {
            SequenceIds ids = new SequenceIds(c);
            for (NewLine l : lines) {
                s.setLong(1, ids.next());
                s.setLong(2, roll.id());
                s.setLong(3, l.payee().caseId());
                s.setLong(4, l.payee().personId());
                s.setString(5, l.payee().type().name());
                s.setInt(6, l.payee().level().code());
                s.setDate(7, java.sql.Date.valueOf(l.owed().month().atDay(1)));
                s.setBigDecimal(8, l.owed().amount().setScale(2));
                s.setInt(9, l.owed().attempt());
                s.setString(10, PaymentLineStatus.PENDING.name());
                s.setString(11, l.payee().bankName());
                s.setString(12, l.payee().bankAccount());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(lines.size() + " new payment lines of roll " + roll.id(), e);
        }
    }

    /** In two steps, as the registry's search pages: the page's ids ({@link #PAGE_IDS}), then just those lines. */
    @Override
    public List<PaymentLine> lines(PaymentRoll roll, PaymentLineStatus status, int first, int max) {
        Query page = lineQuery(PAGE_IDS, roll, status, first, max);
        List<Long> ids = ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PaymentLine> byId = new HashMap<>();
        em.createQuery("SELECT l FROM PaymentLine l WHERE l.id IN :ids", PaymentLine.class).setParameter("ids", ids)
                .getResultList().forEach(l -> byId.put(l.id(), l));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public void eachPendingLine(PaymentRoll roll, Consumer<PaymentFileLine> each) {
        try (Connection c = dataSource.getConnection()) {
            StreamedQuery.each(c, PENDING_FILE_LINES, s -> {
                s.setLong(1, roll.id());
                s.setString(2, PaymentLineStatus.PENDING.name());
            }, r -> {
                long caseId = r.getLong(2);
                each.accept(new PaymentFileLine(r.getLong(1), caseId, cn.xndpf.domain.workflow.ProgramCase.caseNumber(r.getString(3), caseId),
                        YearMonth.from(r.getDate(4).toLocalDate()), r.getInt(5), SubsidyType.valueOf(r.getString(6)),
                        r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getBigDecimal(11)));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("payment file lines of roll " + roll.id(), e);
        }
    }

    @Override
    public void lock(PaymentRoll roll) {
        em.lock(roll, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public long countLines(PaymentRoll roll, PaymentLineStatus status) {
        Query q = lineQuery(COUNT_LINES, roll, status);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * One of the statements above over a roll's lines, of one status or of all ({@code %s} takes the status
     * filter), its roll, status and then {@code more} bound in that order.
     */
    private Query lineQuery(String sql, PaymentRoll roll, PaymentLineStatus status, Object... more) {
        Query q = em.createNativeQuery(String.format(sql, status == null ? "" : " AND status = ?"));
        int p = 1;
        q.setParameter(p++, roll.id());
        if (status != null) {
            q.setParameter(p++, status.name());
        }
        for (Object value : more) {
            q.setParameter(p++, value);
        }
        return q;
    }

    @Override
    public List<LineTotal> totals(PaymentRoll roll) {
        List<LineTotal> totals = new ArrayList<>();
        for (Object row : em.createNativeQuery(LINE_TOTALS).setParameter(1, roll.id()).getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal sum = r[3] == null ? BigDecimal.ZERO : new BigDecimal(r[3].toString());
            totals.add(new LineTotal(SubsidyType.valueOf((String) r[0]), PaymentLineStatus.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(), sum.setScale(2)));
        }
        return totals;
    }

    @Override
    public List<Long> casesToRoll(DivisionCode division, YearMonth month) {
        LocalDate first = month.atDay(1);
        String prefix = division.prefix() + "%";
        TreeSet<Long> ids = new TreeSet<>(em.createQuery("SELECT c.id FROM SubsidyCase c WHERE c.division LIKE :d"
                        + " AND c.state = :active AND c.benefitFrom <= :first", Long.class)
                .setParameter("d", prefix).setParameter("active", CaseState.ACTIVE).setParameter("first", first)
                .getResultList());

        // A terminated case stays on the rolls only while some month it covered is still unpaid.
        List<Object[]> ended = em.createQuery("SELECT c.id, c.benefitFrom, c.benefitUntil, p.deathDate"
                        + " FROM SubsidyCase c JOIN c.person p WHERE c.division LIKE :d AND c.state = :ended"
                        + " AND c.benefitFrom <= :first AND c.benefitUntil >= c.benefitFrom", Object[].class)
                .setParameter("d", prefix).setParameter("ended", CaseState.TERMINATED).setParameter("first", first)
                .getResultList();
        if (ended.isEmpty()) {
            return List.copyOf(ids);
        }
        Map<Long, LocalDate> lastSettledOrPending = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT l.subsidyCase.id, MAX(l.paidMonth) FROM PaymentLine l"
                        + " WHERE l.subsidyCase.division LIKE :d AND l.subsidyCase.state = :ended AND l.status <> :failed"
                        + " GROUP BY l.subsidyCase.id", Object[].class)
                .setParameter("d", prefix).setParameter("ended", CaseState.TERMINATED)
                .setParameter("failed", PaymentLineStatus.FAILED).getResultList()) {
            lastSettledOrPending.put((Long) r[0], (LocalDate) r[1]);
        }
        Set<Long> openFailures = new HashSet<>(em.createQuery("SELECT DISTINCT f.subsidyCase.id FROM PaymentLine f"
                        + " WHERE f.subsidyCase.division LIKE :d AND f.subsidyCase.state = :ended AND f.status = :failed"
                        + " AND f.paidMonth <= :first AND NOT EXISTS (SELECT n.id FROM PaymentLine n"
                        + " WHERE n.subsidyCase = f.subsidyCase AND n.paidMonth = f.paidMonth AND n.attempt > f.attempt)",
                        Long.class)
                .setParameter("d", prefix).setParameter("ended", CaseState.TERMINATED)
                .setParameter("failed", PaymentLineStatus.FAILED).setParameter("first", first).getResultList());
        for (Object[] r : ended) {
            Long id = (Long) r[0];
            Optional<YearMonth> last = PaymentSchedule.lastMonthCovered(new PaymentSchedule.CaseFacts(
                    CaseState.TERMINATED, (LocalDate) r[1], (LocalDate) r[2], (LocalDate) r[3]), month);
            LocalDate settled = lastSettledOrPending.get(id);
            boolean unpaidMonths = last.isPresent() && (settled == null || YearMonth.from(settled).isBefore(last.get()));
            if (unpaidMonths || openFailures.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
