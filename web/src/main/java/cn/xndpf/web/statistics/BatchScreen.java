package cn.xndpf.web.statistics;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.statistics.CertificateHolderStatistics;
import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.CertificateHolderCount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backing bean of {@code /admin/batch.xhtml}: runs the certificate-holder statistics job, shows the
 * running execution's progress, the recent executions, and the figures stored for the chosen date.
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
    private CertificateHolderStatistics statistics;

    @EJB
    private DivisionService divisions;

    private LocalDate statDate = PlatformClock.today();
    private Long watchedExecution;
    private List<JobRun> runs = List.of();
    private List<FigureRow> figures = List.of();
    private List<DivisionTotal> divisionTotals = List.of();
    private Map<String, String> divisionNames = Map.of();

    /** A stored figure with display names. */
    public record FigureRow(String divisionCode, String divisionName, String category, String level, String sex,
                            int holders) implements Serializable {
    }

    /** Holders of one division on the date. */
    public record DivisionTotal(String divisionCode, String divisionName, long holders) implements Serializable {
    }

    @PostConstruct
    void init() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Division d : divisions.children(DivisionCode.of("630100"))) {
            names.put(d.code().value(), d.name());
        }
        divisionNames = names;
        refresh();
        runs.stream().filter(JobRun::isRunning).findFirst().ifPresent(r -> watchedExecution = r.executionId());
        loadFigures();
    }

    public void start() {
        try {
            watchedExecution = jobs.start(statDate);
            info("统计任务已启动（执行编号 " + watchedExecution + "）");
            refresh();
        } catch (InvalidValueException e) {
            error(e);
        } catch (EJBAccessException e) {
            error("无权启动统计任务");
        }
    }

    public void restart(long executionId) {
        try {
            watchedExecution = jobs.restart(executionId);
            info("已重新启动执行 " + executionId + "（新执行编号 " + watchedExecution + "）");
            refresh();
        } catch (InvalidValueException e) {
            error(e);
        } catch (EJBAccessException e) {
            error("无权重新启动统计任务");
        }
    }

    /** Called by the poll while an execution runs; loads the figures once it has ended. */
    public void poll() {
        refresh();
        Optional<JobRun> w = getWatched();
        if (w.isPresent() && !w.get().isRunning()) {
            if (w.get().statDate() != null) {
                statDate = w.get().statDate();
            }
            loadFigures();
            if ("COMPLETED".equals(w.get().status())) {
                info("执行 " + w.get().executionId() + " 已完成");
            } else {
                error("执行 " + w.get().executionId() + " 结束，状态为 " + w.get().status());
            }
            watchedExecution = null;
        }
    }

    public void refresh() {
        try {
            runs = jobs.recent(RECENT);
        } catch (EJBAccessException e) {
            runs = List.of();
            error("无权查看统计任务");
        }
    }

    public void loadFigures() {
        if (statDate == null) {
            figures = List.of();
            divisionTotals = List.of();
            return;
        }
        try {
            List<CertificateHolderCount> stored = statistics.stored(statDate);
            figures = stored.stream().map(c -> new FigureRow(c.divisionCode(), name(c.divisionCode()),
                    c.category().chineseName(), c.level().chineseName(), c.sex().chineseName(), c.holders())).toList();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (CertificateHolderCount c : stored) {
                totals.merge(c.divisionCode(), (long) c.holders(), Long::sum);
            }
            divisionTotals = totals.entrySet().stream()
                    .map(e -> new DivisionTotal(e.getKey(), name(e.getKey()), e.getValue())).toList();
        } catch (EJBAccessException e) {
            figures = List.of();
            divisionTotals = List.of();
            error("无权查看统计数据");
        }
    }

    public Optional<JobRun> getWatched() {
        if (watchedExecution == null) {
            return Optional.empty();
        }
        return runs.stream().filter(r -> r.executionId() == watchedExecution).findFirst()
                .or(() -> jobs.find(watchedExecution));
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

    public long getGrandTotal() {
        return divisionTotals.stream().mapToLong(DivisionTotal::holders).sum();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String statusName(String status) {
        return switch (status == null ? "" : status) {
            case "STARTING" -> "启动中";
            case "STARTED" -> "运行中";
            case "STOPPING" -> "停止中";
            case "STOPPED" -> "已停止";
            case "FAILED" -> "失败";
            case "COMPLETED" -> "已完成";
            case "ABANDONED" -> "已放弃";
            default -> status;
        };
    }

    private String name(String code) {
        return divisionNames.getOrDefault(code, code);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static void error(InvalidValueException e) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE
                : FacesContext.getCurrentInstance().getViewRoot().getLocale();
        error(e.message(locale));
    }

    public LocalDate getStatDate() {
        return statDate;
    }

    public void setStatDate(LocalDate statDate) {
        this.statDate = statDate;
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public List<JobRun> getRuns() {
        return runs;
    }

    public List<FigureRow> getFigures() {
        return figures;
    }

    public List<DivisionTotal> getDivisionTotals() {
        return divisionTotals;
    }
}
