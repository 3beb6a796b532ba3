package cn.xndpf.web.person;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 残疾人查询: the registry search screen. */
@Named("registrySearch")
@ViewScoped
public class RegistrySearchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Above this many divisions in the jurisdiction, the filter lists only counties and townships. */
    private static final int MAX_DIVISION_OPTIONS = 200;

    @EJB
    private RegistryService registry;

    @EJB
    private DivisionService divisions;

    @Inject
    private FacesMessages messages;

    private String text;
    private String division;
    private DisabilityCategory category;
    private DisabilityLevel level;
    private CertificateStatus status;

    /** The criteria the table shows; changed only by the search button. */
    private Filter applied = new Filter(null, null, null, null, null);
    private RegistryLazyModel model;
    private List<SelectItem> divisionOptions;

    @PostConstruct
    void init() {
        model = new RegistryLazyModel(registry, () -> applied.toQuery());
        List<Division> mine = divisions.myDivisions();
        boolean all = mine.size() <= MAX_DIVISION_OPTIONS;
        divisionOptions = mine.stream()
                .filter(d -> all || d.level() != DivisionLevel.COMMUNITY)
                .map(d -> new SelectItem(d.code().value(), indent(d) + d.name() + " (" + d.code().value() + ")"))
                .toList();
    }

    private static String indent(Division d) {
        return switch (d.level()) {
            case TOWNSHIP -> "\u00a0\u00a0";
            case COMMUNITY -> "\u00a0\u00a0\u00a0\u00a0";
            default -> "";
        };
    }

    public void search() {
        DivisionCode code;
        try {
            code = division == null || division.isBlank() ? null : DivisionCode.of(division);
        } catch (InvalidValueException e) {
            messages.show(e, Map.of(DivisionCode.FIELD, "search:division"));
            return;
        }
        applied = new Filter(text == null ? null : text.trim(), code, category, level, status);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("search:results");
        if (table instanceof DataTable dt) {
            dt.setFirst(0);
        }
    }

    /** The search form's criteria as last applied (kept serializable with the view). */
    record Filter(String text, DivisionCode division, DisabilityCategory category, DisabilityLevel level,
                  CertificateStatus status) implements Serializable {
        RegistryQuery toQuery() {
            return new RegistryQuery(null, text, division, category, level, status, null, true);
        }
    }

    public void reset() {
        text = null;
        division = null;
        category = null;
        level = null;
        status = null;
        search();
    }

    public RegistryLazyModel getModel() {
        return model;
    }

    public List<SelectItem> getDivisionOptions() {
        return divisionOptions;
    }

    public DisabilityCategory[] getCategories() {
        return DisabilityCategory.values();
    }

    public DisabilityLevel[] getLevels() {
        return DisabilityLevel.values();
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public DisabilityCategory getCategory() {
        return category;
    }

    public void setCategory(DisabilityCategory category) {
        this.category = category;
    }

    public DisabilityLevel getLevel() {
        return level;
    }

    public void setLevel(DisabilityLevel level) {
        this.level = level;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }
}
