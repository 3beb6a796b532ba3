package cn.xndpf.web.subsidy;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Map;

/**
 * 批量导入: uploads a workbook of applications to {@link SubsidyImportService} and shows what was taken
 * and, row by row, what was not and why; offers the template to fill in.
 */
@Named("subsidyImport")
@ViewScoped
public class SubsidyImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private SubsidyImportService importer;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    private ImportReport report;
    private String fileName;

    public void upload(FileUploadEvent event) {
        report = null;
        fileName = event.getFile().getFileName();
        try {
            report = importer.importApplications(event.getFile().getContent(), localeBean.getLocale());
            texts.info("import.done", report.rows(), report.imported().size(), report.refusedRows());
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name(texts.text("import.templateFile"))
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(importer.template()))
                .build();
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }
}
