package cn.xndpf.web.subsidy;

import cn.xndpf.web.shared.ScreenTimes;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.subsidy.SubsidyCaseDetails;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * 办件: one case of any program with its whole timeline (who, when, at which level, what was decided and
 * why, state before and after); a subsidy case also with its subsidy data, a case of another program with
 * its program's one-line detail ({@code CaseDetailContributor}). The actions on it: suspend, reinstate and terminate for
 * district staff, resubmission of a case returned for correction. Each action carries the version the
 * user saw, so a change made meanwhile by someone else is refused, not overwritten.
 */
@Named("subsidyCase")
@ViewScoped
public class SubsidyCaseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An action on the case, chosen with its button and confirmed in the dialog. */
    public enum Action {
        SUSPEND("case.suspend", "case.suspended"),
        REINSTATE("case.reinstate", "case.reinstated"),
        TERMINATE("case.terminate", "case.terminated");

        private final String labelKey;
        private final String doneKey;

        Action(String labelKey, String doneKey) {
            this.labelKey = labelKey;
            this.doneKey = doneKey;
        }

        public String getLabelKey() {
            return labelKey;
        }
    }

    private static final Map<String, String> FIELDS = Map.of("reason", "actionForm:reason",
            "lastDay", "actionForm:lastDay");

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private DivisionService divisionService;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    private String id;
    private CaseView view;
    private SubsidyCaseDetails details;

    private Action action;
    private String reason;
    private LocalDate lastDay;

    /** View action: opens the case named by the {@code id} parameter. */
    public void load() {
        view = null;
        details = null;
        long caseId;
        try {
            caseId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            messages.show(new InvalidValueException("case", "case.notFound"), Map.of());
            return;
        }
        reload(caseId);
    }

    private void reload(long caseId) {
        try {
            view = workflow.open(caseId);
            // the page shows cases of every program; only a subsidy case has subsidy data to ask for
            details = isSubsidy(view.programCode()) ? subsidies.details(caseId) : null;
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private static boolean isSubsidy(String programCode) {
        return Arrays.stream(SubsidyType.values()).anyMatch(t -> t.programCode().equals(programCode));
    }

    /** Opens the dialog for an action: {@code #{subsidyCase.prepare('SUSPEND')}}. */
    public void prepare(String actionName) {
        action = Action.valueOf(actionName);
        reason = null;
        lastDay = action == Action.TERMINATE ? PlatformClock.today() : null;
    }

    public void perform() {
        if (view == null || action == null) {
            return;
        }
        try {
            switch (action) {
                case SUSPEND -> workflow.suspend(view.id(), view.version(), reason);
                case REINSTATE -> workflow.reinstate(view.id(), view.version(), reason);
                case TERMINATE -> workflow.terminate(view.id(), view.version(), lastDay, reason);
            }
            texts.info(action.doneKey, view.caseNumber());
            done();
        } catch (ConcurrentChangeException e) {
            messages.show(e, Map.of());
            done();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Sends a case returned for correction back to first review. */
    public void resubmit() {
        if (view == null) {
            return;
        }
        try {
            workflow.submit(view.id(), view.version());
            texts.info("case.resubmitted", view.caseNumber());
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        reload(view.id());
    }

    private void done() {
        action = null;
        reload(view.id());
        PrimeFaces.current().ajax().addCallbackParam("done", true);
        PrimeFaces.current().ajax().update("caseRecord", "pageMessages");
    }

    /** District (or city) staff manage running cases. */
    public boolean isCanManage() {
        return inAny(Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    public boolean isCanResubmit() {
        return view != null && view.state() == CaseState.RETURNED
                && inAny(Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    private static boolean inAny(String... roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(roles).anyMatch(external::isUserInRole);
    }

    /** Name of the case's division (the community or village of the applicant). */
    public String getDivisionName() {
        return view == null ? "" : divisionService.find(DivisionCode.of(view.divisionCode()))
                .map(Division::name).orElse("");
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public SubsidyCaseDetails getDetails() {
        return details;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    /** A step's moment as the timeline shows it: Beijing time, to the minute ({@code 2026-01-15 09:30}). */
    public String time(Instant instant) {
        return ScreenTimes.minute(instant);
    }
}
