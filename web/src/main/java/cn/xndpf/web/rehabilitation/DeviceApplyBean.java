package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.rehabilitation.DeviceApplication;
import cn.xndpf.application.rehabilitation.DeviceService;
import cn.xndpf.application.rehabilitation.DeviceView;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
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

/**
 * 辅助器具申请: staff apply, for a certificate holder, for a device of the catalogue in force (given or lent);
 * every problem is shown next to its field, or the new case opens on the kernel's case page.
 */
@Named("deviceApply")
@ViewScoped
public class DeviceApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "device:idNumber",
            "deviceCode", "device:deviceCode",
            "appliedOn", "device:appliedOn");

    @EJB
    private DeviceService devices;

    @Inject
    private FacesMessages messages;

    private List<DeviceView> catalogue = List.of();
    private String idNumber;
    private String deviceCode;
    private LocalDate appliedOn = PlatformClock.today();

    @PostConstruct
    void init() {
        try {
            catalogue = devices.catalogue();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String submit() {
        try {
            long caseId = devices.apply(new DeviceApplication(idNumber, deviceCode, appliedOn));
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public List<DeviceView> getCatalogue() {
        return catalogue;
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getDeviceCode() {
        return deviceCode;
    }

    public void setDeviceCode(String deviceCode) {
        this.deviceCode = deviceCode;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
