package cn.xndpf.web.institution;

import cn.xndpf.application.institution.InstitutionForm;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 服务机构: district and city staff list the institutions of their jurisdiction, register one, and revise
 * one picked from the list in the same form. The service decides what is allowed and valid.
 */
@Named("institutions")
@ViewScoped
public class InstitutionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "institutions:name",
            "kind", "institutions:kind",
            "qualification", "institutions:qualification",
            "services", "institutions:services",
            "capacity", "institutions:capacity",
            "divisionCode", "institutions:division",
            "validFrom", "institutions:validFrom",
            "validTo", "institutions:validTo");

    @EJB
    private InstitutionService service;

    @Inject
    private FacesMessages messages;

    private List<InstitutionView> list;

    /** The institution being revised, null while registering a new one. */
    private Long editingId;
    private int editingVersion;

    private String name;
    private InstitutionKind kind;
    private String qualification;
    private List<String> services = new ArrayList<>();
    private String capacity;
    private String division;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void init() {
        list = service.institutions();
    }

    public void save() {
        try {
            InstitutionForm form = new InstitutionForm(name, kind, qualification, serviceKinds(), places(), division,
                    validFrom, validTo);
            InstitutionView saved = editingId == null ? service.register(form)
                    : service.revise(editingId, editingVersion, form);
            messages.globalInfo(editingId == null ? "institutions.registered" : "institutions.revised", saved.name());
            clear();
            list = service.institutions();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Loads a listed institution into the form for revision. */
    public void edit(long id) {
        try {
            InstitutionView i = service.institution(id);
            editingId = i.id();
            editingVersion = i.version();
            name = i.name();
            kind = i.kind();
            qualification = i.qualification();
            services = new ArrayList<>(i.services().stream().map(Enum::name).toList());
            capacity = String.valueOf(i.capacity());
            division = i.divisionCode();
            validFrom = i.validFrom();
            validTo = i.validTo();
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editingId = null;
        editingVersion = 0;
        name = null;
        kind = null;
        qualification = null;
        services = new ArrayList<>();
        capacity = null;
        division = null;
        validFrom = null;
        validTo = null;
    }

    private Set<ServiceKind> serviceKinds() {
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        for (String s : services) {
            kinds.add(ServiceKind.valueOf(s));
        }
        return kinds;
    }

    /** What was typed as places; anything but a whole number goes on as 0, which the registry refuses. */
    private Integer places() {
        if (capacity == null || capacity.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(capacity.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<InstitutionView> getList() {
        return list;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    public ServiceKind[] getServiceKinds() {
        return ServiceKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services == null ? new ArrayList<>() : new ArrayList<>(services);
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
