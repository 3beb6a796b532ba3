package cn.xndpf.web.rights;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.rights.FuelSubsidyApplication;
import cn.xndpf.application.rights.FuelSubsidyService;
import cn.xndpf.application.rights.FuelSubsidyView;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 机动轮椅车燃油补贴: take an owner's application for this year or the last (reviewed on the kernel's queue), list
 * a year's cases of the jurisdiction, and mark an approved one paid (district and city staff; community workers
 * and township clerks apply and list). The service decides what is allowed.
 */
@Named("fuelSubsidy")
@ViewScoped
public class FuelSubsidyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "idNumber", "fuel:idNumber",
            "year", "fuel:year",
            "vehiclePlate", "fuel:plate",
            "paidOn", "fuel:paidOn");

    @EJB
    private FuelSubsidyService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rights.messages")
    private ScreenTexts texts;

    private String idNumber;
    private Integer year = PlatformClock.today().getYear();
    private String plate;
    private int listYear = PlatformClock.today().getYear();
    private LocalDate paidOn = PlatformClock.today();
    private List<FuelSubsidyView> list;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = service.ofYear(listYear);
    }

    public void save() {
        try {
            long id = service.apply(new FuelSubsidyApplication(idNumber, year, plate));
            texts.info("fuel.applied", String.valueOf(id));
            idNumber = null;
            plate = null;
            listYear = year;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void pay(FuelSubsidyView row) {
        try {
            FuelSubsidyView paid = service.markPaid(row.caseId(), row.version(), paidOn);
            texts.info("fuel.paid", paid.caseNumber());
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
            reload();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void showYear() {
        reload();
    }

    /** Whether the caller marks cases paid (district and city staff); community workers and clerks only apply. */
    public boolean isPays() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole(Roles.DISTRICT_STAFF) || ec.isUserInRole(Roles.CITY_STAFF);
    }

    /** This year and the last: the years open for applications. */
    public List<Integer> getYears() {
        int now = PlatformClock.today().getYear();
        return List.of(now, now - 1);
    }

    /** The years a list can show: this one and the five before it. */
    public List<Integer> getListYears() {
        int now = PlatformClock.today().getYear();
        return java.util.stream.IntStream.rangeClosed(0, 5).mapToObj(k -> now - k).toList();
    }

    public List<FuelSubsidyView> getList() {
        return list;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public int getListYear() {
        return listYear;
    }

    public void setListYear(int listYear) {
        this.listYear = listYear;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
