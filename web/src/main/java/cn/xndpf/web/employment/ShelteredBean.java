package cn.xndpf.web.employment;

import cn.xndpf.application.employment.ShelteredEmploymentService;
import cn.xndpf.application.employment.ShelteredInstitutionView;
import cn.xndpf.application.employment.ShelteredSubsidyView;
import cn.xndpf.application.employment.ShelteredWorkerView;
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
 * 辅助性就业: district and city staff choose a sheltered-employment institution of their jurisdiction, take a
 * registered person as its worker from a day (to a day), record a worker's last day, and pay its subsidy of a month. The service decides
 * (jurisdiction, one institution at a time, a month once).
 */
@Named("sheltered")
@ViewScoped
public class ShelteredBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "institutionId", "choose:institution",
            "idNumber", "admit:idNumber",
            "validFrom", "admit:from",
            "validTo", "admit:to",
            "month", "pay:month");
    /** A leaving's refusals: the worker not found, no day, a day before the worker joined. */
    private static final Map<String, String> LEAVE_FIELDS = Map.of(
            "enrolment", "leave:worker",
            "lastDay", "leave:lastDay",
            "validTo", "leave:lastDay");

    @EJB
    private ShelteredEmploymentService service;

    @Inject
    private FacesMessages messages;

    private List<ShelteredInstitutionView> institutions = List.of();
    private Long institutionId;
    private List<ShelteredWorkerView> workers = List.of();
    private List<ShelteredSubsidyView> subsidies = List.of();
    private String idNumber;
    private LocalDate from;
    private LocalDate to;
    private Long leavingEnrolmentId;
    private LocalDate lastDay;
    private String month = YearMonth.now(PlatformClock.ZONE).minusMonths(1).toString();

    @PostConstruct
    void init() {
        try {
            institutions = service.institutions();
            if (!institutions.isEmpty()) {
                institutionId = institutions.get(0).id();
                load();
            }
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Shows the chosen institution's workers and subsidies. */
    public void load() {
        if (institutionId == null) {
            workers = List.of();
            subsidies = List.of();
            return;
        }
        try {
            workers = service.workers(institutionId);
            subsidies = service.subsidies(institutionId);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void admit() {
        try {
            ShelteredWorkerView w = service.admit(institutionId == null ? -1 : institutionId, idNumber, from, to);
            messages.globalInfo("employment.sheltered.admitted", w.name());
            idNumber = null;
            from = null;
            to = null;
            refresh();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** The chosen worker leaves after the day given (through the service, which checks the day). */
    public void leave() {
        try {
            ShelteredWorkerView w = service.leave(leavingEnrolmentId == null ? -1 : leavingEnrolmentId, lastDay);
            messages.globalInfo("employment.sheltered.left", w.name(), w.to().toString());
            leavingEnrolmentId = null;
            lastDay = null;
            refresh();
        } catch (InvalidValueException e) {
            messages.show(e, LEAVE_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void pay() {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            messages.show(new InvalidValueException("month", "serviceRecord.monthFormat"), FIELDS);
            return;
        }
        try {
            ShelteredSubsidyView s = service.pay(institutionId == null ? -1 : institutionId, m);
            messages.globalInfo("employment.sheltered.paid", s.month().toString(), s.workerCount(),
                    s.amount().toPlainString());
            refresh();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private void refresh() {
        institutions = service.institutions();
        load();
    }

    public List<ShelteredInstitutionView> getInstitutions() {
        return institutions;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public List<ShelteredWorkerView> getWorkers() {
        return workers;
    }

    /** The workers who have not left: those a leaving can be recorded for. */
    public List<ShelteredWorkerView> getPresentWorkers() {
        return workers.stream().filter(w -> w.to() == null).toList();
    }

    public Long getLeavingEnrolmentId() {
        return leavingEnrolmentId;
    }

    public void setLeavingEnrolmentId(Long leavingEnrolmentId) {
        this.leavingEnrolmentId = leavingEnrolmentId;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<ShelteredSubsidyView> getSubsidies() {
        return subsidies;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
