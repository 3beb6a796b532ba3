package cn.xndpf.web.employment;

import cn.xndpf.application.employment.DeclarationImportService;
import cn.xndpf.application.shared.ImportReport;
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
 * 年审申报导入 (/app/employment/import.xhtml): uploads a workbook of declarations to {@link DeclarationImportService}
 * and shows what was taken and, row by row, what was not and why; offers the template to fill in.
 */
@Named("declarationImport")
@ViewScoped
public class DeclarationImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private DeclarationImportService importer;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private ImportReport report;

    public void upload(FileUploadEvent event) {
        report = null;
        try {
            report = importer.importDeclarations(event.getFile().getContent(), localeBean.getLocale());
            messages.globalInfo("employment.importDone", report.rows(), report.imported().size(),
                    report.refusedRows());
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name(messages.text("employment.importTemplateFile"))
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(importer.template()))
                .build();
    }

    public ImportReport getReport() {
        return report;
    }
}
