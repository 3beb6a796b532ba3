package cn.xndpf.web.subsidy;

import cn.xndpf.application.subsidy.BankReturnRejected;
import cn.xndpf.application.subsidy.BankReturnReport;
import cn.xndpf.application.subsidy.ExportedFile;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** 补贴发放名册: run a month's payment roll, follow it, export the bank file, import the bank's return. */
@Named("paymentRolls")
@ViewScoped
public class PaymentRollBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlatformClock.ZONE);
    private static final Map<String, String> FIELDS = Map.of(PaymentRollKey.MONTH_FIELD, "rolls:month",
            DivisionCode.FIELD, "rolls:division");

    @EJB
    private PaymentRollService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    private String month;
    private String division;
    private String lineStatus;
    private List<SelectItem> divisionOptions;
    private RollSummary roll;
    private Long executionId;
    private BankReturnReport lastReturn;
    private List<String> returnErrors = List.of();
    private PaymentLineLazyModel lines;

    @PostConstruct
    void init() {
        month = YearMonth.from(PlatformClock.today()).toString();
        divisionOptions = service.rollDivisions().stream()
                .map(d -> new SelectItem(d.code().value(), d.name() + " (" + d.code().value() + ")")).toList();
        division = divisionOptions.isEmpty() ? null : (String) divisionOptions.get(0).getValue();
        lines = new PaymentLineLazyModel(service,
                () -> new Object[]{roll == null ? null : roll.rollId(), lineStatus});
        show();
    }

    /** Shows the roll of the chosen month and division, if it was ever run. */
    public void show() {
        lastReturn = null;
        returnErrors = List.of();
        try {
            roll = service.roll(month, division).orElse(null);
            executionId = roll == null ? null : roll.jobExecutionId();
        } catch (InvalidValueException e) {
            roll = null;
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Starts the roll (or re-runs it, or continues a failed run). */
    public void run() {
        try {
            executionId = service.start(month, division);
            texts.info("rolls.started", month, division);
            refresh();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Called by the poller while a run is going on. */
    public void refresh() {
        try {
            roll = service.roll(month, division).orElse(null);
        } catch (InvalidValueException e) {
            roll = null;
        }
    }

    /** Keeps polling while the job has not ended. */
    public boolean isRunning() {
        if (roll != null && roll.isRunning()) {
            return true;
        }
        if (executionId == null) {
            return false;
        }
        String status = service.executionStatus(executionId).orElse("");
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public StreamedContent getCsv() {
        return download("csv");
    }

    public StreamedContent getXlsx() {
        return download("xlsx");
    }

    private StreamedContent download(String format) {
        if (roll == null) {
            return null;
        }
        try {
            ExportedFile f = service.export(roll.rollId(), format);
            return DefaultStreamedContent.builder().name(f.fileName()).contentType(f.contentType())
                    .contentLength(f.size()).stream(f::open).build();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    /** A bank return file was chosen: applied whole, or refused with every row in error listed. */
    public void upload(FileUploadEvent event) {
        lastReturn = null;
        returnErrors = List.of();
        if (roll == null) {
            return;
        }
        try {
            lastReturn = service.importReturns(roll.rollId(), event.getFile().getContent());
            texts.info("rolls.returnAccepted", lastReturn.rows(), lastReturn.paid(), lastReturn.failed(), lastReturn.unchanged());
            refresh();
        } catch (BankReturnRejected e) {
            returnErrors = e.errors().stream()
                    .map(r -> texts.text("rolls.returnRow", r.row(), r.field(), r.message(texts.locale()))).toList();
            messages.show(e, FIELDS);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** A moment as staff read it: Beijing time, to the second. */
    public String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public PaymentLineStatus[] getLineStatuses() {
        return PaymentLineStatus.values();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getLineStatus() {
        return lineStatus;
    }

    public void setLineStatus(String lineStatus) {
        this.lineStatus = lineStatus;
    }

    public List<SelectItem> getDivisionOptions() {
        return divisionOptions;
    }

    public RollSummary getRoll() {
        return roll;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public BankReturnReport getLastReturn() {
        return lastReturn;
    }

    public List<String> getReturnErrors() {
        return returnErrors;
    }

    public PaymentLineLazyModel getLines() {
        return lines;
    }
}
