package cn.xndpf.web.institution;

import cn.xndpf.application.institution.ServiceRecordImportService;
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

import java.io.Serializable;
import java.util.Map;

/**
 * 服务记录导入 on the service records page: uploads a workbook of records to
 * {@link ServiceRecordImportService} and shows, row by row, what was not recorded and why.
 */
@Named("serviceRecordImport")
@ViewScoped
public class ServiceRecordImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceRecordImportService importer;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private ImportReport report;

    public void upload(FileUploadEvent event) {
        report = null;
        try {
            report = importer.importRecords(event.getFile().getContent(), localeBean.getLocale());
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public ImportReport getReport() {
        return report;
    }

    /** 共读取n行：记录m行，k行未记录. */
    public String getSummary() {
        return report == null ? "" : messages.text("records.import.done", report.rows(), report.imported().size(),
                report.refusedRows());
    }
}
