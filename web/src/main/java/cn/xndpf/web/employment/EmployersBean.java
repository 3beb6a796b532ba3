package cn.xndpf.web.employment;

import cn.xndpf.application.employment.EmployerForm;
import cn.xndpf.application.employment.EmployerView;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.domain.employment.EmployerKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 用人单位: district and city staff register the employers of their jurisdiction and see them listed. */
@Named("employers")
@ViewScoped
public class EmployersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "creditCode", "employer:creditCode",
            "name", "employer:name",
            "divisionCode", "employer:division",
            "kind", "employer:kind",
            "taxOffice", "employer:taxOffice");

    @EJB
    private QuotaService quota;

    @Inject
    private FacesMessages messages;

    private String creditCode;
    private String name;
    private String division;
    private EmployerKind kind;
    private String taxOffice;
    private List<EmployerView> rows = List.of();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        try {
            rows = quota.employers();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void register() {
        try {
            EmployerView e = quota.register(new EmployerForm(creditCode, name, division, kind, taxOffice));
            messages.globalInfo("employment.employerRegistered", e.name());
            creditCode = null;
            name = null;
            taxOffice = null;
            load();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public EmployerKind[] getKinds() {
        return EmployerKind.values();
    }

    public List<EmployerView> getRows() {
        return rows;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public EmployerKind getKind() {
        return kind;
    }

    public void setKind(EmployerKind kind) {
        this.kind = kind;
    }

    public String getTaxOffice() {
        return taxOffice;
    }

    public void setTaxOffice(String taxOffice) {
        this.taxOffice = taxOffice;
    }
}
