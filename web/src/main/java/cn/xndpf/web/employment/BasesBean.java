package cn.xndpf.web.employment;

import cn.xndpf.application.employment.BaseForm;
import cn.xndpf.application.employment.BaseView;
import cn.xndpf.application.employment.EmploymentBaseService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
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

/** 就业创业基地: district and city staff record the bases recognised in their jurisdiction and see them listed. */
@Named("bases")
@ViewScoped
public class BasesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "base:name",
            "kind", "base:kind",
            "divisionCode", "base:division",
            "recognisedOn", "base:recognisedOn",
            "disabledEmployed", "base:employed");

    @EJB
    private EmploymentBaseService service;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean locale;

    private List<BaseView.Kind> kinds = List.of();
    private List<BaseView> rows = List.of();
    private String name;
    private String kind;
    private String division;
    private LocalDate recognisedOn;
    private Integer employed;

    @PostConstruct
    void init() {
        try {
            kinds = service.kinds();
            rows = service.bases();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void recognise() {
        try {
            BaseView b = service.recognise(new BaseForm(name, kind, division, recognisedOn, employed));
            messages.globalInfo("employment.base.recognised", b.name());
            name = null;
            employed = null;
            rows = service.bases();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** The kind's name in the screen's language. */
    public String kindName(String zh, String en) {
        return "en".equals(locale.getLocale().getLanguage()) ? en : zh;
    }

    public List<BaseView.Kind> getKinds() {
        return kinds;
    }

    public List<BaseView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public void setRecognisedOn(LocalDate recognisedOn) {
        this.recognisedOn = recognisedOn;
    }

    public Integer getEmployed() {
        return employed;
    }

    public void setEmployed(Integer employed) {
        this.employed = employed;
    }
}
