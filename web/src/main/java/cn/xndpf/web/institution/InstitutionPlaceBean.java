package cn.xndpf.web.institution;

import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The placement screen (安置) of a program that delivers through institutions: district or city staff see the
 * approved cases of their jurisdiction waiting for placement, choose one, an institution of the program's kind
 * in force that may take it and the day, and place it; the case then opens on the kernel's case page, 享受中.
 * The version the user saw goes with the placement. Each program's bean (view scoped, named after its page)
 * says only which cases wait, which institutions suit and which service places.
 */
public abstract class InstitutionPlaceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "institutionId", "place:institution",
            "service", "place:institution",
            "from", "place:from",
            "validFrom", "place:from");

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

    /** The program's approved cases of the caller's jurisdiction waiting to be placed. */
    protected abstract List<CaseView> awaitingPlacement();

    /** The kind of institution the program places with. */
    protected abstract InstitutionKind institutionKind();

    /** Places the case through the program's service. */
    protected abstract void placeCase(long caseId, int expectedVersion, long institutionId, LocalDate from);

    /** Loads what the program shows of a chosen case (before the institutions are offered); none by default. */
    protected void chosen(long caseId) {
    }

    /** Whether an institution of the kind, in force, may take the chosen case; any by default. */
    protected boolean suits(InstitutionView institution) {
        return true;
    }

    @PostConstruct
    void init() {
        try {
            waiting = awaitingPlacement();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Chooses a waiting case and offers the institutions that may take it. */
    public void choose(long caseId) {
        try {
            selected = workflow.open(caseId);
            chosen(caseId);
            institutionId = null;
            from = PlatformClock.today();
            choices = institutions.institutions().stream()
                    .filter(i -> i.kind() == institutionKind() && i.inForce() && suits(i))
                    .toList();
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
            placeCase(selected.id(), selected.version(), institutionId, from);
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
