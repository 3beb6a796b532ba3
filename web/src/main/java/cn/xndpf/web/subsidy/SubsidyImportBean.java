package cn.xndpf.web.subsidy;

import cn.xndpf.web.shared.ScreenTimes;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.subsidy.ImportRunView;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 批量导入: uploads a workbook of applications to {@link SubsidyImportService}, which stores it and starts the
 * import job; lists the user's recent import runs with their progress (polled while one runs), and shows the
 * chosen run's report row by row (paged from the database) with a download of it; continues a failed run;
 * offers the template to fill in.
 */
@Named("subsidyImport")
@ViewScoped
public class SubsidyImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int RECENT_RUNS = 10;

    @EJB
    private SubsidyImportService importer;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    private List<ImportRunView> runs = List.of();
    private ImportRunView selected;
    /** Runs seen unfinished on this page: their end is announced once. */
    private final Set<Long> watched = new HashSet<>();
    private LazyDataModel<ImportReport.RowProblem> problems;
    private LazyDataModel<ImportReport.ImportedRow> imported;

    @PostConstruct
    void init() {
        problems = new ImportRowsLazyModel<>((first, max) -> selected == null || !selected.finished() ? null
                : importer.problems(selected.id(), first, max, localeBean.getLocale()));
        imported = new ImportRowsLazyModel<>((first, max) -> selected == null || !selected.finished() ? null
                : importer.imported(selected.id(), first, max));
        try {
            runs = importer.runs(RECENT_RUNS);
            selected = runs.isEmpty() ? null : runs.get(0);
            runs.stream().filter(r -> !r.finished()).forEach(r -> watched.add(r.id()));
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            long runId = importer.upload(event.getFile().getContent(), event.getFile().getFileName());
            watched.add(runId);
            refresh();
            select(runId);
            texts.info("import.started", selected == null ? "" : selected.fileName(),
                    selected == null ? 0 : selected.rowsTotal());
            announceIfFinished();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** The poll: the runs' progress, and the end of a watched run announced with its counts. */
    public void refresh() {
        runs = importer.runs(RECENT_RUNS);
        if (selected != null) {
            runs.stream().filter(r -> r.id() == selected.id()).findFirst().ifPresent(r -> selected = r);
        }
        announceIfFinished();
    }

    private void announceIfFinished() {
        if (selected != null && selected.finished() && watched.remove(selected.id())) {
            if (selected.failed()) {
                texts.info("import.runFailed", localeBean.isEnglish() ? selected.failureReasonEn() : selected.failureReason());
            } else {
                texts.info("import.done", selected.rowsTotal(), selected.rowsImported(), selected.rowsRefused());
            }
        }
    }

    public void select(long runId) {
        try {
            selected = importer.run(runId);
        } catch (NotFoundException e) {
            messages.show(e, Map.of());
        }
    }

    /** Continues a failed run after its last committed chunk. */
    public void restart(long runId) {
        try {
            importer.restart(runId);
            watched.add(runId);
            refresh();
            select(runId);
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    public boolean isRunning() {
        return runs.stream().anyMatch(r -> !r.finished());
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name(texts.text("import.templateFile"))
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(importer.template()))
                .build();
    }

    /** The chosen run's report as a workbook. */
    public StreamedContent getReportFile() {
        long runId = selected == null ? -1 : selected.id();
        return DefaultStreamedContent.builder()
                .name(texts.text("import.reportFile", runId))
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(importer.reportWorkbook(runId, localeBean.getLocale())))
                .build();
    }

    public int percentDone(ImportRunView run) {
        return run.rowsTotal() == 0 ? 100 : (int) (100L * run.rowsDone() / run.rowsTotal());
    }

    public String time(java.time.Instant at) {
        return ScreenTimes.minute(at);
    }

    public List<ImportRunView> getRuns() {
        return runs;
    }

    public ImportRunView getSelected() {
        return selected;
    }

    public LazyDataModel<ImportReport.RowProblem> getProblems() {
        return problems;
    }

    public LazyDataModel<ImportReport.ImportedRow> getImported() {
        return imported;
    }
}
