package cn.xndpf.web.subsidy;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.application.workflow.StageName;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 审查队列: the cases waiting at the level the user's role decides (初审 for a township clerk, 审核 for
 * district DPF staff, 审定 for district civil affairs), oldest due date first, and the overdue cases of
 * the jurisdiction. A decision carries the version of the case the user saw: if someone decided
 * meanwhile, it is refused and the queue is refreshed.
 */
@Named("reviewQueue")
@ViewScoped
public class ReviewQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private DivisionService divisionService;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    @Inject
    private Labels labels;

    private CaseQueueModel model;
    private CaseQueueModel overdue;
    private Map<String, String> divisionNames;
    private List<StageName> stages;

    /** The decision being taken in the dialog. */
    private CaseView selected;
    private ReviewDecision decision;
    private String reason;

    @PostConstruct
    void init() {
        CaseWorkflowService cases = workflow;
        model = new CaseQueueModel(cases::myQueue);
        overdue = new CaseQueueModel(cases::overdue);
    }

    /** The review stage the user decides at (from the programs' chains), null if their role has none. */
    public StageName getLevel() {
        if (stages == null) {
            try {
                stages = workflow.myStages();
            } catch (EJBAccessException e) {
                stages = List.of();
            }
        }
        return stages.isEmpty() ? null : stages.get(0);
    }

    /**
     * 待初审办件, 待审核办件, ...: every stage the user decides at, by name, once each (a district officer
     * decides at a stage of several programs' chains, which need not share a name: 待审核、审批办件).
     */
    public String getHeading() {
        if (getLevel() == null) {
            return "";
        }
        List<String> names = stages.stream().map(labels::of).distinct().toList();
        return texts.text("queue.heading", String.join(texts.text("queue.stageSeparator"), names));
    }

    /** Opens the decision dialog for a row: {@code #{reviewQueue.prepare(row, 'RETURN')}}. */
    public void prepare(CaseView row, String decisionName) {
        selected = row;
        decision = ReviewDecision.valueOf(decisionName);
        reason = null;
    }

    public void decide() {
        if (selected == null || decision == null) {
            return;
        }
        try {
            workflow.review(selected.id(), selected.version(), decision, reason);
            texts.info("queue.decided", selected.caseNumber(), labels.of(decision));
            done();
        } catch (ConcurrentChangeException e) {
            // someone decided first: say so, close the dialog and show the queue as it is now
            messages.show(e, Map.of());
            done();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of("reason", "decisionForm:reason"));
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private void done() {
        selected = null;
        PrimeFaces.current().ajax().addCallbackParam("done", true);
        PrimeFaces.current().ajax().update("queue", "overdueForm");
    }

    public long daysOverdue(CaseView c) {
        return c.levelDue() == null ? 0 : ChronoUnit.DAYS.between(c.levelDue(), PlatformClock.today());
    }

    /** Name of a division in the user's jurisdiction, or its code. */
    public String divisionName(String code) {
        if (divisionNames == null) {
            divisionNames = new HashMap<>();
            for (Division d : divisionService.myDivisions()) {
                divisionNames.put(d.code().value(), d.name());
            }
        }
        return divisionNames.getOrDefault(code, code);
    }

    public CaseQueueModel getModel() {
        return model;
    }

    public CaseQueueModel getOverdue() {
        return overdue;
    }

    public CaseView getSelected() {
        return selected;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
