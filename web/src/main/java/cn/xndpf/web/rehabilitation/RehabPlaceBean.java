package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.InstitutionKind;
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
 * 康复服务安置: district or city staff place an approved rehabilitation case with a designated rehabilitation
 * institution from a day; the service enrols the person there, naming the case, and the case page opens.
 */
@Named("rehabPlace")
@ViewScoped
public class RehabPlaceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "institutionId", "place:institution",
            "service", "place:institution",
            "from", "place:from",
            "validFrom", "place:from");

    @EJB
    private RehabilitationService rehabilitation;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private List<CaseView> waiting = List.of();
    private CaseView selected;
    private List<InstitutionView> choices = List.of();
    private Long institutionId;
    private LocalDate from = PlatformClock.today();

    @PostConstruct
    void init() {
        try {
            waiting = rehabilitation.awaitingPlacement();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Chooses a waiting case and offers the designated rehabilitation institutions in force. */
    public void choose(long caseId) {
        try {
            selected = workflow.open(caseId);
            institutionId = null;
            from = PlatformClock.today();
            choices = institutions.institutions().stream()
                    .filter(i -> i.kind() == InstitutionKind.REHABILITATION && i.inForce()).toList();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String place() {
        if (selected == null) {
            return null;
        }
        if (institutionId == null) {
            messages.show(new InvalidValueException("institutionId", "institution.notFound"), FIELDS);
            return null;
        }
        try {
            rehabilitation.place(selected.id(), selected.version(), institutionId, from);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + selected.id();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public List<CaseView> getWaiting() {
        return waiting;
    }

    public CaseView getSelected() {
        return selected;
    }

    public List<InstitutionView> getChoices() {
        return choices;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }
}
