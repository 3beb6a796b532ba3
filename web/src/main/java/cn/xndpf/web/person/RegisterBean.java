package cn.xndpf.web.person;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 登记: registers a person. Sex and birth date are not typed: they are read from the ID number and shown
 * once it is valid. Every rule is checked by the service, which names the field at fault.
 */
@Named("register")
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → component id on this page. */
    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "reg:idNumber",
            "name", "reg:name",
            "phone", "reg:phone",
            DivisionCode.FIELD, "reg:division",
            "householdNumber", "reg:household",
            "household", "reg:household");

    @EJB
    private RegistryService registry;

    @EJB
    private DivisionService divisionService;

    @Inject
    private FacesMessages messages;

    @Inject
    private Labels labels;

    private String idNumber;
    private String name;
    private String ethnicity;
    private String phone;
    private String address;
    private String division;
    private String household;
    private boolean urban;

    private String derivedSex;
    private LocalDate derivedBirthDate;
    private List<SelectItem> divisionOptions;

    @PostConstruct
    void init() {
        divisionOptions = divisionService.myDivisions().stream()
                .filter(d -> d.level() == DivisionLevel.TOWNSHIP || d.level() == DivisionLevel.COMMUNITY)
                .map(d -> new SelectItem(d.code().value(), label(d)))
                .toList();
    }

    private static String label(Division d) {
        return (d.level() == DivisionLevel.COMMUNITY ? "\u00a0\u00a0\u00a0\u00a0" : "") + d.name()
                + " (" + d.code().value() + ")";
    }

    /** Ajax on leaving the ID field: shows sex and birth date, or says what is wrong with the number. */
    public void deriveFromId() {
        derivedSex = null;
        derivedBirthDate = null;
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        try {
            IdNumber id = IdNumber.of(idNumber);
            derivedSex = labels.of(id.sex());
            derivedBirthDate = id.birthDate();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        }
    }

    /** Ajax on choosing a division: a community's urban/rural flag is the usual answer for its residents. */
    public void divisionChosen() {
        if (division == null || division.isBlank()) {
            return;
        }
        try {
            divisionService.find(DivisionCode.of(division)).ifPresent(d -> urban = d.isUrban());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        }
    }

    public String save() {
        deriveFromIdQuietly();
        try {
            long id = registry.register(new PersonRegistration(idNumber, name, ethnicity, phone, address, division,
                    household, urban));
            return "/app/person/view.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    private void deriveFromIdQuietly() {
        try {
            IdNumber id = IdNumber.of(idNumber);
            derivedSex = labels.of(id.sex());
            derivedBirthDate = id.birthDate();
        } catch (InvalidValueException e) {
            derivedSex = null;
            derivedBirthDate = null;
        }
    }

    public List<SelectItem> getDivisionOptions() {
        return divisionOptions;
    }

    public String getDerivedSex() {
        return derivedSex;
    }

    public LocalDate getDerivedBirthDate() {
        return derivedBirthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String household) {
        this.household = household;
    }

    public boolean isUrban() {
        return urban;
    }

    public void setUrban(boolean urban) {
        this.urban = urban;
    }
}
