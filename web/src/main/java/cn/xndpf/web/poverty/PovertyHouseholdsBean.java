package cn.xndpf.web.poverty;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.poverty.HouseholdPovertyView;
import cn.xndpf.application.poverty.HouseholdStatusRow;
import cn.xndpf.application.poverty.PovertyReliefService;
import cn.xndpf.application.poverty.PovertyStatusForm;
import cn.xndpf.domain.poverty.PoorKind;
import cn.xndpf.domain.poverty.PovertyStatus;
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
import java.util.List;
import java.util.Map;

/**
 * 贫困户: record a household's change of status (贫困, 脱贫, 返贫), open a household's page (members, history, the
 * open monitoring's risk), and list the jurisdiction's recorded households. The service decides what is allowed.
 */
@Named("povertyHouseholds")
@ViewScoped
public class PovertyHouseholdsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "householdNumber", "households:householdNumber",
            "status", "households:status",
            "poorKind", "households:poorKind",
            "effectiveOn", "households:effectiveOn",
            "note", "households:note");

    @EJB
    private PovertyReliefService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.poverty.messages")
    private ScreenTexts texts;

    private String householdNumber;
    private PovertyStatus status;
    private PoorKind poorKind;
    private LocalDate effectiveOn = PlatformClock.today();
    private String note;

    private HouseholdPovertyView shown;
    private List<HouseholdStatusRow> list;

    @PostConstruct
    void init() {
        list = service.households();
    }

    public void save() {
        try {
            shown = service.recordStatus(new PovertyStatusForm(householdNumber, status, poorKind, effectiveOn, note));
            texts.info("households.recorded", shown.householdNumber());
            note = null;
            list = service.households();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Opens the page of the household whose number is typed. */
    public void open() {
        try {
            shown = service.household(householdNumber);
        } catch (InvalidValueException e) {
            shown = null;
            messages.show(e, FIELDS);
        }
    }

    public void show(String number) {
        householdNumber = number;
        open();
    }

    public PovertyStatus[] getStatuses() {
        return PovertyStatus.values();
    }

    public PoorKind[] getPoorKinds() {
        return PoorKind.values();
    }

    public HouseholdPovertyView getShown() {
        return shown;
    }

    public List<HouseholdStatusRow> getList() {
        return list;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public PovertyStatus getStatus() {
        return status;
    }

    public void setStatus(PovertyStatus status) {
        this.status = status;
    }

    public PoorKind getPoorKind() {
        return poorKind;
    }

    public void setPoorKind(PoorKind poorKind) {
        this.poorKind = poorKind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
