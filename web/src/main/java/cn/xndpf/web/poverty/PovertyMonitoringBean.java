package cn.xndpf.web.poverty;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.poverty.HouseholdPovertyView;
import cn.xndpf.application.poverty.MonitoringForm;
import cn.xndpf.application.poverty.MonitoringView;
import cn.xndpf.application.poverty.PovertyReliefService;
import cn.xndpf.domain.poverty.MeasureKind;
import cn.xndpf.domain.poverty.RiskKind;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 防返贫监测: put a household under monitoring with its risks, list the jurisdiction's households whose risk is
 * open, and for one picked from the list record a measure or the removal of its risk (with the version read).
 */
@Named("povertyMonitoring")
@ViewScoped
public class PovertyMonitoringBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "householdNumber", "monitoring:householdNumber",
            "startedOn", "monitoring:startedOn",
            "risks", "monitoring:risks",
            "note", "monitoring:note",
            "measureKind", "monitoring:measureKind",
            "takenOn", "monitoring:takenOn",
            "measureNote", "monitoring:measureNote",
            "riskRemovedOn", "monitoring:riskRemovedOn");

    @EJB
    private PovertyReliefService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.poverty.messages")
    private ScreenTexts texts;

    private String householdNumber;
    private LocalDate startedOn = PlatformClock.today();
    private List<String> risks = new ArrayList<>();
    private String note;

    private List<MonitoringView> list;
    private MonitoringView picked;
    private MeasureKind measureKind;
    private LocalDate takenOn;
    private String measureNote;
    private LocalDate riskRemovedOn;

    @PostConstruct
    void init() {
        list = service.monitored();
    }

    public void start() {
        try {
            Set<RiskKind> kinds = EnumSet.noneOf(RiskKind.class);
            risks.forEach(r -> kinds.add(RiskKind.valueOf(r)));
            HouseholdPovertyView h = service.startMonitoring(new MonitoringForm(householdNumber, startedOn, kinds, note));
            texts.info("monitoring.started", h.householdNumber());
            householdNumber = null;
            risks = new ArrayList<>();
            note = null;
            list = service.monitored();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void pick(MonitoringView m) {
        picked = m;
        measureKind = null;
        takenOn = PlatformClock.today();
        measureNote = null;
        riskRemovedOn = PlatformClock.today();
    }

    public void takeMeasure() {
        if (picked == null) {
            return;
        }
        try {
            picked = service.takeMeasure(picked.id(), picked.version(), measureKind, takenOn, measureNote);
            texts.info("monitoring.measureTaken", picked.householdNumber());
            measureKind = null;
            measureNote = null;
            list = service.monitored();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void removeRisk() {
        if (picked == null) {
            return;
        }
        try {
            MonitoringView done = service.removeRisk(picked.id(), picked.version(), riskRemovedOn);
            texts.info("monitoring.riskRemoved", done.householdNumber());
            picked = null;
            list = service.monitored();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void cancel() {
        picked = null;
    }

    public RiskKind[] getRiskKinds() {
        return RiskKind.values();
    }

    public MeasureKind[] getMeasureKinds() {
        return MeasureKind.values();
    }

    public List<MonitoringView> getList() {
        return list;
    }

    public MonitoringView getPicked() {
        return picked;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public List<String> getRisks() {
        return risks;
    }

    public void setRisks(List<String> risks) {
        this.risks = risks;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public MeasureKind getMeasureKind() {
        return measureKind;
    }

    public void setMeasureKind(MeasureKind measureKind) {
        this.measureKind = measureKind;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public String getMeasureNote() {
        return measureNote;
    }

    public void setMeasureNote(String measureNote) {
        this.measureNote = measureNote;
    }

    public LocalDate getRiskRemovedOn() {
        return riskRemovedOn;
    }

    public void setRiskRemovedOn(LocalDate riskRemovedOn) {
        this.riskRemovedOn = riskRemovedOn;
    }
}
