package cn.xndpf.web.rights;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.rights.DisputeRoundForm;
import cn.xndpf.application.rights.DisputeRoundView;
import cn.xndpf.application.rights.DisputeScreeningService;
import cn.xndpf.domain.rights.DisputeKind;
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
import java.util.List;
import java.util.Map;

/**
 * 矛盾纠纷排查: record a round with the findings added to it one by one, list this year's rounds of the
 * jurisdiction, and resolve a finding picked from the list. The service decides what is allowed and valid.
 */
@Named("disputes")
@ViewScoped
public class DisputesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "screenedOn", "disputes:screenedOn",
            "divisionCode", "disputes:division",
            "screenedBy", "disputes:screenedBy",
            "note", "disputes:note",
            "kind", "disputes:kind",
            "description", "disputes:description",
            "idNumber", "disputes:idNumber",
            "householdNumber", "disputes:householdNumber",
            "resolvedOn", "disputes:resolvedOn",
            "resolution", "disputes:resolution");

    @EJB
    private DisputeScreeningService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rights.messages")
    private ScreenTexts texts;

    private LocalDate screenedOn = PlatformClock.today();
    private String division;
    private String screenedBy;
    private String note;
    private DisputeKind kind;
    private String description;
    private String idNumber;
    private String householdNumber;
    private final List<DisputeRoundForm.Finding> pending = new ArrayList<>();

    private List<DisputeRoundView> list;
    private DisputeRoundView.Finding resolving;
    private LocalDate resolvedOn;
    private String resolution;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        LocalDate today = PlatformClock.today();
        list = service.rounds(today.withDayOfYear(1), today);
    }

    /** Adds the finding being typed to the round (checked when the round is saved). */
    public void addFinding() {
        pending.add(new DisputeRoundForm.Finding(kind, description, idNumber, householdNumber));
        kind = null;
        description = null;
        idNumber = null;
        householdNumber = null;
    }

    public void removeFinding(int index) {
        if (index >= 0 && index < pending.size()) {
            pending.remove(index);
        }
    }

    public void save() {
        try {
            DisputeRoundView saved = service.record(new DisputeRoundForm(screenedOn, division, screenedBy, note,
                    List.copyOf(pending)));
            texts.info("disputes.recorded", String.valueOf(saved.id()), saved.findings().size());
            pending.clear();
            screenedBy = null;
            note = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void pick(DisputeRoundView.Finding f) {
        resolving = f;
        resolvedOn = PlatformClock.today();
        resolution = null;
    }

    public void resolve() {
        if (resolving == null) {
            return;
        }
        try {
            service.resolve(resolving.id(), resolving.version(), resolvedOn, resolution);
            texts.info("disputes.resolved", String.valueOf(resolving.id()));
            resolving = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void cancel() {
        resolving = null;
    }

    public DisputeKind[] getKinds() {
        return DisputeKind.values();
    }

    public List<DisputeRoundForm.Finding> getPending() {
        return pending;
    }

    public List<DisputeRoundView> getList() {
        return list;
    }

    public DisputeRoundView.Finding getResolving() {
        return resolving;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public void setScreenedOn(LocalDate screenedOn) {
        this.screenedOn = screenedOn;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public void setScreenedBy(String screenedBy) {
        this.screenedBy = screenedBy;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public DisputeKind getKind() {
        return kind;
    }

    public void setKind(DisputeKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public void setResolvedOn(LocalDate resolvedOn) {
        this.resolvedOn = resolvedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
