package cn.xndpf.web.institution;

import cn.xndpf.application.institution.NewServiceRecord;
import cn.xndpf.application.institution.ServiceRecordService;
import cn.xndpf.application.institution.ServiceRecordView;
import cn.xndpf.domain.institution.RecordChannel;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * 实名制服务记录: staff and institutions' staff record a service delivered to an enrolled person and see a
 * month's records. The service decides who may record what (jurisdiction, own institution, enrolment).
 */
@Named("serviceRecords")
@ViewScoped
public class ServiceRecordsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 100;

    private static final Map<String, String> FIELDS = Map.of(
            "idNumber", "records:idNumber",
            "institutionId", "records:institution",
            "service", "records:service",
            "day", "records:day",
            "quantity", "records:quantity",
            "amount", "records:amount");

    @EJB
    private ServiceRecordService service;

    @Inject
    private FacesMessages messages;

    private String idNumber;
    private String institution;
    private ServiceKind kind;
    private LocalDate day;
    private String quantity = "1";
    private String amount;

    private String month = YearMonth.now(PlatformClock.ZONE).toString();
    private List<ServiceRecordView> list;
    private long total;

    @PostConstruct
    void init() {
        reload();
    }

    public void save() {
        try {
            ServiceRecordView saved = service.record(NewServiceRecord.parse(idNumber, institution,
                    kind == null ? null : kind.name(), day == null ? null : day.toString(), quantity, amount),
                    RecordChannel.SCREEN);
            messages.globalInfo("records.saved", saved.personName(), saved.day().toString());
            idNumber = null;
            amount = null;
            month = YearMonth.from(saved.day()).toString();
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void show() {
        reload();
    }

    private void reload() {
        YearMonth m;
        try {
            m = YearMonth.parse(month == null ? "" : month.trim());
        } catch (DateTimeParseException e) {
            messages.show(new InvalidValueException("month", "serviceRecord.monthFormat"), Map.of("month", "records:month"));
            return;
        }
        var page = service.records(m, null, 0, ROWS);
        list = page.rows();
        total = page.total();
    }

    public List<ServiceRecordView> getList() {
        return list;
    }

    public long getTotal() {
        return total;
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
