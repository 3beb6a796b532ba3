package cn.xndpf.web.statistics;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.Publication;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * 统计作业 ({@code /admin/batch.xhtml}): runs a period's statistics for a city, shows the running execution's
 * progress, the recent executions with their failures and restarts, and the periods published.
 */
@Named("batchScreen")
@ViewScoped
public class BatchScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PlatformClock.ZONE);

    @EJB
    private StatisticsJobs jobs;

    @EJB
    private StatisticsService statistics;

    @Inject
    @ScreenBundle("cn.xndpf.web.statistics.messages")
    private ScreenTexts texts;

    @Inject
    private FacesMessages facesMessages;

    private PeriodType periodType = PeriodType.MONTH;
    private int year;
    private int month;
    private int quarter;
    private String city;
    private List<CityOption> cities = List.of();
    private Long watchedExecution;
    private List<JobRun> runs = List.of();
    private List<PublishedRow> published = List.of();

    /** A city the caller may run. */
    public record CityOption(String code, String name) implements Serializable {
    }

    /** A published period of the chosen city. */
    public record PublishedRow(String type, String typeCode, String label, LocalDate start, LocalDate asOf, String publishedAt,
                               int figures, long execution) implements Serializable {
    }

    @PostConstruct
    void init() {
        StatisticsPeriod last = StatisticsPeriod.lastCompleteBefore(PeriodType.MONTH, PlatformClock.today());
        year = last.start().getYear();
        month = last.start().getMonthValue();
        quarter = (month - 1) / 3 + 1;
        try {
            cities = jobs.cities().stream().map(d -> new CityOption(d.code().value(), d.name())).toList();
            city = cities.isEmpty() ? null : cities.get(0).code();
            refresh();
            runs.stream().filter(JobRun::isRunning).findFirst().ifPresent(r -> watchedExecution = r.executionId());
        } catch (EJBAccessException e) {
            facesMessages.show(e);
        }
    }

    /** The period the form describes. */
    StatisticsPeriod chosenPeriod() {
        LocalDate start = switch (periodType) {
            case MONTH -> LocalDate.of(year, month, 1);
            case QUARTER -> LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            case YEAR, FIVE_YEAR -> LocalDate.of(year, 1, 1);
        };
        return StatisticsPeriod.of(periodType, start);
    }

    public void start() {
        try {
            StatisticsPeriod p = chosenPeriod();
            watchedExecution = jobs.start(p.type(), p.start(), city);
            texts.info("jobs.started", String.valueOf(watchedExecution));
            refresh();
        } catch (InvalidValueException e) {
            texts.error(e);
        } catch (EJBAccessException e) {
            facesMessages.show(e);
        }
    }

    public void restart(long executionId) {
        try {
            watchedExecution = jobs.restart(executionId);
            texts.info("jobs.restarted", String.valueOf(executionId), String.valueOf(watchedExecution));
            refresh();
        } catch (InvalidValueException e) {
            texts.error(e);
        } catch (EJBAccessException e) {
            facesMessages.show(e);
        }
    }

    /** Called by the poll while an execution runs. */
    public void poll() {
        refresh();
        Optional<JobRun> w = getWatched();
        if (w.isPresent() && !w.get().isRunning()) {
            if ("COMPLETED".equals(w.get().status())) {
                texts.info("jobs.finished", String.valueOf(w.get().executionId()));
            } else {
                texts.error("jobs.ended", String.valueOf(w.get().executionId()), statusName(w.get().status()));
            }
            watchedExecution = null;
        }
    }

    public void refresh() {
        runs = jobs.recent(RECENT);
        List<PublishedRow> rows = new ArrayList<>();
        if (city != null) {
            for (PeriodType t : PeriodType.values()) {
                for (Publication p : statistics.published(t, city, 6)) {
                    rows.add(new PublishedRow(typeName(t), t.name(), p.period().label(texts.locale()), p.period().start(),
                            p.asOf(), time(p.publishedAt()), p.figureCount(), p.jobExecutionId()));
                }
            }
        }
        published = rows;
    }

    public Optional<JobRun> getWatched() {
        if (watchedExecution == null) {
            return Optional.empty();
        }
        long id = watchedExecution;
        return runs.stream().filter(r -> r.executionId() == id).findFirst().or(() -> jobs.find(id));
    }

    public JobRun getWatchedRun() {
        return getWatched().orElse(null);
    }

    public boolean isPolling() {
        return watchedExecution != null;
    }

    public int getProgress() {
        return getWatched().map(JobRun::percentDone).orElse(0);
    }

    public String progressText() {
        JobRun r = getWatchedRun();
        if (r == null) {
            return "";
        }
        return texts.text("jobs.progress", String.valueOf(r.executionId()), periodLabel(r), statusName(r.status()),
                r.itemsDone(), r.itemsTotal());
    }

    public String periodLabel(JobRun r) {
        StatisticsPeriod p = r.period();
        return p == null ? "" : typeName(p.type()) + " " + p.label(texts.locale()) + (r.rootDivision() == null ? ""
                : " · " + cityName(r.rootDivision()));
    }

    private String cityName(String code) {
        return cities.stream().filter(c -> c.code().equals(code)).map(CityOption::name).findFirst().orElse(code);
    }

    public String typeName(PeriodType t) {
        return IndicatorLabels.english(texts.locale()) ? t.englishName() : t.chineseName();
    }

    public String statusName(String status) {
        return texts.text("status." + status);
    }

    /** The exit status, or for a run a stopped server left behind the reason it failed (服务器中断). */
    public String exitText(JobRun r) {
        return r.interrupted() ? texts.text("jobs.serverStopped") : r.exitStatus();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public PeriodType[] getPeriodTypes() {
        return PeriodType.values();
    }

    public List<Integer> getYears() {
        int now = PlatformClock.today().getYear();
        return IntStream.rangeClosed(2008, now).boxed().sorted((a, b) -> b - a).toList();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getQuarters() {
        return IntStream.rangeClosed(1, 4).boxed().toList();
    }

    public String quarterName(int q) {
        return texts.text("jobs.quarterN", q);
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public List<CityOption> getCities() {
        return cities;
    }

    public List<JobRun> getRuns() {
        return runs;
    }

    public List<PublishedRow> getPublished() {
        return published;
    }
}
