package cn.xndpf.application.home;

import cn.xndpf.application.rights.PetitionService;
import cn.xndpf.application.rights.PetitionView;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.application.statistics.TrendPoint;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.Publication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a member of staff sees first after signing in (工作台): their review queue with overdue cases first,
 * the rolls of their jurisdiction, the statistics runs and failures, the key figures of their jurisdiction
 * with their trend, and notices of what needs doing. Each part is asked of the service that owns it, as
 * the caller, so the page shows nothing the caller could not open on the part's own screen.
 */
@Stateless
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class HomeService {

    static final int QUEUE_SHOWN = 8;
    static final int QUEUE_READ = 200;
    static final int DUE_SOON_DAYS = 3;
    static final int TREND_PERIODS = 6;
    private static final Set<StaffRole> ROLL_ROLES = Set.of(StaffRole.DISTRICT_STAFF,
            StaffRole.DISTRICT_CIVIL_AFFAIRS, StaffRole.CITY_STAFF, StaffRole.ADMIN);
    private static final Set<StaffRole> RUN_ROLES = Set.of(StaffRole.CITY_STAFF, StaffRole.ADMIN);
    /** rights/culture: the roles that handle petitions (PetitionService's). */
    private static final Set<StaffRole> PETITION_ROLES = Set.of(StaffRole.DISTRICT_STAFF, StaffRole.CITY_STAFF);

    @Inject
    private CurrentStaff currentStaff;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private PaymentRollService rolls;

    @EJB
    private StatisticsJobs jobs;

    @EJB
    private StatisticsService statistics;

    @EJB
    private PetitionService petitions;

    public Workbench workbench(Locale locale) {
        StaffUser me = currentStaff.require();
        StaffRole role = me.role();
        List<Workbench.Notice> notices = new ArrayList<>();
        LocalDate today = PlatformClock.today();

        boolean reviews = !workflow.myStages().isEmpty();
        List<CaseView> queue = List.of();
        long queueTotal = 0;
        if (reviews) {
            var page = workflow.myQueue(0, QUEUE_READ);
            queueTotal = page.total();
            List<CaseView> sorted = new ArrayList<>(page.rows());
            sorted.sort(Comparator.comparing(CaseView::overdue).reversed()
                    .thenComparing(c -> c.levelDue() == null ? LocalDate.MAX : c.levelDue()));
            long overdue = sorted.stream().filter(CaseView::overdue).count();
            long dueSoon = sorted.stream().filter(c -> !c.overdue() && c.levelDue() != null
                    && !c.levelDue().isAfter(today.plusDays(DUE_SOON_DAYS))).count();
            if (overdue > 0) {
                notices.add(notice("warn", "home.notice.overdue", "/app/subsidy/queue.xhtml", overdue));
            }
            if (dueSoon > 0) {
                notices.add(notice("info", "home.notice.dueSoon", "/app/subsidy/queue.xhtml", dueSoon, DUE_SOON_DAYS));
            }
            queue = List.copyOf(sorted.subList(0, Math.min(QUEUE_SHOWN, sorted.size())));
        }

        boolean seesRolls = ROLL_ROLES.contains(role);
        List<RollSummary> latestRolls = List.of();
        if (seesRolls) {
            latestRolls = rolls.rolls(null, 0, 6).rows();
            latestRolls.stream().filter(RollSummary::isFailed).forEach(r -> notices.add(
                    notice("warn", "home.notice.rollFailed", "/app/subsidy/rolls.xhtml", r.month(), r.divisionName())));
            String month = java.time.YearMonth.from(today).toString();
            if (role == StaffRole.DISTRICT_STAFF && latestRolls.stream().noneMatch(r -> r.month().equals(month))) {
                notices.add(notice("info", "home.notice.rollNotStarted", "/app/subsidy/rolls.xhtml", month));
            }
        }

        // rights/culture: petitions of the jurisdiction past their deadline, and those due within the reminder days
        if (PETITION_ROLES.contains(role)) {
            List<PetitionView> open = petitions.openPetitions();
            long overdue = open.stream().filter(PetitionView::overdue).count();
            long dueSoon = petitions.dueWithin(null).size();
            if (overdue > 0) {
                notices.add(notice("warn", "home.notice.petitionsOverdue", "/app/rights/petitions.xhtml", overdue));
            }
            if (dueSoon > 0) {
                notices.add(notice("info", "home.notice.petitionsDueSoon", "/app/rights/petitions.xhtml", dueSoon,
                        petitions.reminderDays()));
            }
        }

        boolean seesRuns = RUN_ROLES.contains(role);
        List<JobRun> runs = List.of();
        if (seesRuns) {
            runs = jobs.recent(5);
            runs.stream().filter(r -> "FAILED".equals(r.status())).forEach(r -> notices.add(notice("warn",
                    "home.notice.runFailed", "/admin/batch.xhtml", r.executionId(),
                    r.period() == null ? r.jobName() : r.period().label(locale))));
        }

        String figuresOf = null;
        List<Workbench.KeyFigure> figures = new ArrayList<>();
        if (role != StaffRole.COMMUNITY_WORKER) {
            String area = statistics.home().code().value();
            List<Publication> latest = statistics.published(PeriodType.MONTH, area, 1);
            if (cn.xndpf.application.demo.DemoHistoryProgress.isPreparing()) {
                notices.add(notice("info", "home.notice.statisticsPreparing", "/app/statistics/dashboard.xhtml"));
            }
            if (latest.isEmpty()) {
                notices.add(notice("info", "home.notice.noStatistics", "/app/statistics/dashboard.xhtml"));
            } else {
                PeriodSummary s = statistics.summary(latest.get(0).period(), area);
                figuresOf = s.divisionName() + " " + s.period().label(locale);
                for (PeriodSummary.ProgramFigures p : s.programs()) {
                    for (FigureView f : p.figures()) {
                        if (f.indicator().keyFigure()) {
                            figures.add(keyFigure(f, area, locale));
                        }
                    }
                }
            }
        }
        return new Workbench(queue, queueTotal, reviews, latestRolls, seesRolls, runs, seesRuns, figuresOf,
                List.copyOf(figures), List.copyOf(notices));
    }

    private Workbench.KeyFigure keyFigure(FigureView f, String area, Locale locale) {
        List<TrendPoint> trend = statistics.trend(PeriodType.MONTH, area, f.indicator().code(), TREND_PERIODS);
        boolean en = "en".equals(locale.getLanguage());
        String shown = f.shown() == null ? "—" : f.shown().toPlainString()
                + (en ? " " + f.indicator().unit().englishName() : f.indicator().unit().symbol());
        return new Workbench.KeyFigure(f.indicator().code(), f.indicator().name(locale), shown,
                trend.stream().map(t -> t.period().label(locale)).toList(),
                trend.stream().map(t -> t.figure() == null ? null : t.figure().shown()).toList());
    }

    private static Workbench.Notice notice(String severity, String key, String page, Object... args) {
        return new Workbench.Notice(severity, key, java.util.Arrays.stream(args).map(String::valueOf).toList(), page);
    }
}
