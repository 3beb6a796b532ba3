package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.rehabilitation.AssessmentForm;
import cn.xndpf.application.rehabilitation.AssessmentView;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rehabilitation.RehabilitationRules;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
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
 * 康复需求评估: staff record a certificate holder's needs assessment (the basic service found needed, or none)
 * and see the person's earlier assessments; every problem is shown next to its field and nothing is recorded.
 */
@Named("rehabAssess")
@ViewScoped
public class AssessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "assess:idNumber",
            "assessedOn", "assess:assessedOn",
            "neededService", "assess:needed",
            "note", "assess:note");

    @EJB
    private RehabilitationService rehabilitation;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rehabilitation.messages")
    private ScreenTexts texts;

    private String idNumber;
    private LocalDate assessedOn = PlatformClock.today();
    private ServiceKind needed;
    private String note;
    private List<AssessmentView> history = List.of();

    public void save() {
        try {
            AssessmentView a = rehabilitation.assess(new AssessmentForm(idNumber, assessedOn, needed, note));
            history = rehabilitation.assessments(idNumber);
            texts.info("assess.done", a.assessedOn().toString());
            note = null;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Ajax on changing the ID number: the person's assessments so far. */
    public void showHistory() {
        history = List.of();
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        try {
            history = rehabilitation.assessments(idNumber);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public ServiceKind[] getServices() {
        return RehabilitationRules.BASIC_SERVICES.stream().sorted().toArray(ServiceKind[]::new);
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public List<AssessmentView> getHistory() {
        return history;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public ServiceKind getNeeded() {
        return needed;
    }

    public void setNeeded(ServiceKind needed) {
        this.needed = needed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
