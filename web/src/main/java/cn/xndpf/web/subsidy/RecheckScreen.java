package cn.xndpf.web.subsidy;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.subsidy.FindingView;
import cn.xndpf.application.subsidy.RecheckRun;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.RecheckResolution;
import cn.xndpf.web.security.CurrentUser;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.Labels;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 两项补贴年度核查 screen ({@code /app/subsidy/recheck.xhtml}): start a re-check, follow its runs, and handle
 * the open findings of the user's jurisdiction one by one. Every decision goes to
 * {@link SubsidyRecheckService} with the versions the user saw, so someone else's change in between is
 * refused rather than overwritten.
 */
@Named("subsidyRecheck")
@ViewScoped
public class RecheckScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS_SHOWN = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private SubsidyRecheckService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.subsidy.messages")
    private ScreenTexts texts;

    @Inject
    private Labels labels;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SecurityContext security;

    private LocalDate checkDate;
    private String division;
    private List<RecheckRun> runs = new ArrayList<>();
    private FindingLazyModel findings;

    private FindingView selected;
    private RecheckResolution action;
    private String reason;
    private String lastMonth;

    @PostConstruct
    void init() {
        checkDate = PlatformClock.today();
        findings = new FindingLazyModel(service);
        refreshRuns();
    }

    public void start() {
        try {
            long id = service.start(checkDate, division);
            texts.info("recheck.started", id);
            refreshRuns();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of(SubsidyRecheckService.CHECK_DATE, "start:checkDate",
                    DivisionCode.FIELD, "start:division"));
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void restart(long executionId) {
        try {
            texts.info("recheck.restarted", service.restart(executionId));
            refreshRuns();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void refreshRuns() {
        try {
            runs = service.recentRuns(RUNS_SHOWN);
        } catch (EJBAccessException e) {
            runs = new ArrayList<>();
        }
    }

    /** Opens the dialog for a finding, with the first action its case allows and the suggested last month. */
    public void select(FindingView f) {
        selected = f;
        List<RecheckResolution> allowed = getActions();
        action = f.isLevelChange() && allowed.contains(RecheckResolution.LEVEL_CHANGED)
                ? RecheckResolution.LEVEL_CHANGED : allowed.get(0);
        reason = null;
        lastMonth = f.suggestedLastMonth().toString();
    }

    public void resolve() {
        if (selected == null || action == null) {
            texts.errorAt(null, "recheck.selectFinding");
            return;
        }
        FindingView f = selected;
        try {
            switch (action) {
                case SUSPENDED -> service.suspend(f.id(), f.version(), f.caseVersion(), reason);
                case REINSTATED -> service.reinstate(f.id(), f.version(), f.caseVersion(), reason);
                case LEVEL_CHANGED -> service.changeLevel(f.id(), f.version(), f.caseVersion(), reason);
                case DISMISSED -> service.dismiss(f.id(), f.version(), reason);
                case TERMINATED -> {
                    YearMonth last = parseMonth();
                    if (last == null) {
                        return;
                    }
                    service.terminate(f.id(), f.version(), f.caseVersion(), last, reason);
                }
            }
        } catch (InvalidValueException e) {
            messages.show(e, Map.of("reason", "resolveForm:reason", "lastMonth", "resolveForm:lastMonth"));
            return;
        } catch (EJBAccessException e) {
            messages.show(e);
            return;
        }
        texts.info("recheck.resolved", f.caseNumber(), labels.of(action));
        selected = null;
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    private YearMonth parseMonth() {
        if (lastMonth != null && !lastMonth.isBlank()) {
            try {
                return YearMonth.parse(lastMonth.trim());
            } catch (DateTimeParseException e) {
                // reported below, next to the field
            }
        }
        texts.errorAt("resolveForm:lastMonth", "recheck.lastMonthFormat");
        return null;
    }

    /** What the selected finding's case allows now. */
    public List<RecheckResolution> getActions() {
        List<RecheckResolution> allowed = new ArrayList<>();
        if (selected == null) {
            return allowed;
        }
        if (selected.mayBeSuspended()) {
            allowed.add(RecheckResolution.SUSPENDED);
        }
        if (selected.isRunning()) {
            allowed.add(RecheckResolution.TERMINATED);
        }
        if (selected.mayBeReinstated()) {
            allowed.add(RecheckResolution.REINSTATED);
        }
        if (selected.isRunning() && selected.isLevelChange()) {
            allowed.add(RecheckResolution.LEVEL_CHANGED);
        }
        allowed.add(RecheckResolution.DISMISSED);
        return allowed;
    }

    /** The finding's reasons in the user's language, one per line. */
    public List<String> reasons(FindingView f) {
        return f.messages(texts.locale());
    }

    public String runStatus(RecheckRun r) {
        return texts.text("recheck.run." + r.status());
    }

    /** A moment in Beijing time, to the minute. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(PlatformClock.ZONE));
    }

    public boolean isAnyRunning() {
        return runs.stream().anyMatch(RecheckRun::isRunning);
    }

    /** Starting re-checks and handling findings is for district and city DPF staff. */
    public boolean isCanAct() {
        return security.isCallerInRole(Roles.DISTRICT_STAFF) || security.isCallerInRole(Roles.CITY_STAFF);
    }

    public String getDivisionHint() {
        return texts.text("recheck.divisionHint", currentUser.getJurisdiction());
    }

    public String getLevelChangeHint() {
        return selected == null || selected.certificateLevel() == null ? ""
                : texts.text("recheck.levelChangeHint", labels.of(selected.certificateLevel()));
    }

    public LocalDate getCheckDate() {
        return checkDate;
    }

    public void setCheckDate(LocalDate checkDate) {
        this.checkDate = checkDate;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public List<RecheckRun> getRuns() {
        return runs;
    }

    public FindingLazyModel getFindings() {
        return findings;
    }

    public FindingView getSelected() {
        return selected;
    }

    public RecheckResolution getAction() {
        return action;
    }

    public void setAction(RecheckResolution action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLastMonth() {
        return lastMonth;
    }

    public void setLastMonth(String lastMonth) {
        this.lastMonth = lastMonth;
    }
}
