package cn.xndpf.web.education;

import cn.xndpf.application.education.EducationPlanService;
import cn.xndpf.application.education.EducationService;
import cn.xndpf.application.education.FeeReliefService;
import cn.xndpf.application.education.GrantView;
import cn.xndpf.application.education.PlanForm;
import cn.xndpf.application.education.PlanView;
import cn.xndpf.application.education.ReliefForm;
import cn.xndpf.application.education.ReliefView;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.education.Placement;
import cn.xndpf.domain.education.ReliefKind;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 学生档案: a student found by ID number within the user's jurisdiction, with the grants applied for them,
 * the fee reliefs they received and every version of their plan (一人一案); district and city staff record a
 * plan decision or its yearly review, township, district and city staff a fee relief. The ID number is
 * typed in, never carried in the address.
 */
@Named("educationStudent")
@ViewScoped
public class StudentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIND_FIELDS = Map.of("idNumber", "find:idNumber");
    private static final Map<String, String> PLAN_FIELDS = Map.of("placement", "plan:placement",
            "schoolName", "plan:schoolName", "specialSchoolId", "plan:schoolName", "schoolYear", "plan:schoolYear",
            "note", "plan:note", "idNumber", "plan:placement");
    private static final Map<String, String> RELIEF_FIELDS = Map.of("schoolYear", "relief:schoolYear",
            "term", "relief:term", "kind", "relief:kind", "amount", "relief:amount", "schoolName", "relief:schoolName",
            "idNumber", "relief:kind");

    @EJB
    private EducationService education;

    @EJB
    private EducationPlanService plans;

    @EJB
    private FeeReliefService reliefs;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.education.messages")
    private ScreenTexts texts;

    private String idNumber;
    private String shownIdNumber;
    private boolean registered;
    private List<GrantView> grants = List.of();
    private List<ReliefView> reliefList = List.of();
    private List<PlanView> history = List.of();

    private Placement placement;
    private String planSchool;
    private String planYear = currentYear();
    private String note;

    private String reliefYear = currentYear();
    private Integer term;
    private ReliefKind kind;
    private BigDecimal amount;
    private String reliefSchool;

    /**
     * Finds the student: the grants applied for them; and, for a student registered in the jurisdiction (a
     * student need not be), the reliefs and the plan's versions.
     */
    public void find() {
        shownIdNumber = null;
        registered = false;
        grants = List.of();
        reliefList = List.of();
        history = List.of();
        String id = idNumber == null ? "" : idNumber.trim();
        try {
            grants = education.grantsOf(id);
            try {
                history = plans.history(id);
                reliefList = reliefs.reliefsOf(id);
                registered = true;
            } catch (NotFoundException notRegistered) {
                if (grants.isEmpty()) {
                    throw notRegistered;
                }
            }
            shownIdNumber = id;
        } catch (InvalidValueException e) {
            messages.show(e, FIND_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Records a plan decision (the first) or a yearly review (a new version; a reason is required). */
    public void decide() {
        if (!registered) {
            return;
        }
        try {
            PlanView v = plans.decide(new PlanForm(shownIdNumber, placement, null, planSchool, planYear, note));
            texts.info("plan.recorded", v.versionNumber());
            placement = null;
            planSchool = null;
            note = null;
            history = plans.history(shownIdNumber);
        } catch (InvalidValueException e) {
            messages.show(e, PLAN_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Records a fee reduction or subsidy for one term. */
    public void recordRelief() {
        if (!registered) {
            return;
        }
        try {
            reliefs.record(new ReliefForm(shownIdNumber, reliefYear, term, kind, amount, reliefSchool));
            texts.info("relief.recorded");
            term = null;
            kind = null;
            amount = null;
            reliefList = reliefs.reliefsOf(shownIdNumber);
        } catch (InvalidValueException e) {
            messages.show(e, RELIEF_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private static String currentYear() {
        return SchoolYear.containing(PlatformClock.today()).label();
    }

    /** Plans are decided by district and city staff. */
    public boolean isCanDecide() {
        return inAny(Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    public boolean isCanRecordRelief() {
        return inAny(Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF);
    }

    private static boolean inAny(String... roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(roles).anyMatch(external::isUserInRole);
    }

    /** The placements a school's name is enough for (a special school is chosen from the registry, not here). */
    public Placement[] getPlacements() {
        return new Placement[]{Placement.MAINSTREAM_CLASS, Placement.HOME_TEACHING};
    }

    public ReliefKind[] getKinds() {
        return ReliefKind.values();
    }

    public boolean isFound() {
        return shownIdNumber != null;
    }

    /** Registered in the jurisdiction: the plan and the reliefs are kept for registered children only. */
    public boolean isRegistered() {
        return registered;
    }

    public List<GrantView> getGrants() {
        return grants;
    }

    public List<ReliefView> getReliefs() {
        return reliefList;
    }

    public List<PlanView> getHistory() {
        return history;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    public String getPlanSchool() {
        return planSchool;
    }

    public void setPlanSchool(String planSchool) {
        this.planSchool = planSchool;
    }

    public String getPlanYear() {
        return planYear;
    }

    public void setPlanYear(String planYear) {
        this.planYear = planYear;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReliefYear() {
        return reliefYear;
    }

    public void setReliefYear(String reliefYear) {
        this.reliefYear = reliefYear;
    }

    public Integer getTerm() {
        return term;
    }

    public void setTerm(Integer term) {
        this.term = term;
    }

    public ReliefKind getKind() {
        return kind;
    }

    public void setKind(ReliefKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReliefSchool() {
        return reliefSchool;
    }

    public void setReliefSchool(String reliefSchool) {
        this.reliefSchool = reliefSchool;
    }
}
