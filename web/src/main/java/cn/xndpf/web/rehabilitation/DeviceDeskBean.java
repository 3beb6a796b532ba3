package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.rehabilitation.DeviceService;
import cn.xndpf.application.rehabilitation.DeviceView;
import cn.xndpf.application.rehabilitation.StockView;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
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

/**
 * 辅助器具服务点: district or city staff issue or lend the device of an approved case from a service point's
 * stock, take lent items back, and see and fill the stock of each service point (入库). The service checks
 * every step (stock on hand, the point's qualification, the dates) and audits it.
 */
@Named("deviceDesk")
@ViewScoped
public class DeviceDeskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> ISSUE_FIELDS = Map.of(
            "institutionId", "issue:point",
            "day", "issue:day",
            "from", "issue:day");
    /** A refused return is shown at the top of the page (the list has no field per row). */
    private static final Map<String, String> RETURN_FIELDS = Map.of();
    private static final Map<String, String> STOCK_FIELDS = Map.of(
            "institutionId", "stock:point",
            "deviceCode", "stock:deviceCode",
            "quantity", "stock:quantity");

    @EJB
    private DeviceService devices;

    @EJB
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private List<CaseView> waiting = List.of();
    private List<CaseView> lent = List.of();
    private List<InstitutionView> points = List.of();
    private List<DeviceView> catalogue = List.of();

    private CaseView selected;
    private Long issuePoint;
    private LocalDate issueDay = PlatformClock.today();

    private Long stockPoint;
    private List<StockView> stock = List.of();
    private String deviceCode;
    private Integer quantity;

    @PostConstruct
    void init() {
        try {
            refresh();
            points = institutions.institutions().stream()
                    .filter(i -> i.kind() == InstitutionKind.REHABILITATION && i.inForce()
                            && i.services().contains(ServiceKind.DEVICE_FITTING))
                    .toList();
            catalogue = devices.catalogue();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private void refresh() {
        waiting = devices.awaitingIssue();
        lent = devices.lentOut();
    }

    /** Chooses an approved case to issue. */
    public void choose(long caseId) {
        selected = waiting.stream().filter(c -> c.id() == caseId).findFirst().orElse(null);
        issuePoint = null;
        issueDay = PlatformClock.today();
    }

    public String issue() {
        if (selected == null) {
            return null;
        }
        if (issuePoint == null) {
            messages.show(new InvalidValueException("institutionId", "institution.notFound"), ISSUE_FIELDS);
            return null;
        }
        try {
            devices.issue(selected.id(), selected.version(), issuePoint, issueDay);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + selected.id();
        } catch (InvalidValueException e) {
            messages.show(e, ISSUE_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    /** Takes a lent item back today. */
    public void takeBack(long caseId, int version) {
        try {
            devices.returnItem(caseId, version, PlatformClock.today());
            refresh();
            if (stockPoint != null) {
                stock = devices.stock(stockPoint);
            }
            messages.globalInfo("device.returned");
        } catch (InvalidValueException e) {
            messages.show(e, RETURN_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Ajax on choosing a service point: its stock. */
    public void showStock() {
        stock = List.of();
        if (stockPoint == null) {
            return;
        }
        try {
            stock = devices.stock(stockPoint);
        } catch (InvalidValueException e) {
            messages.show(e, STOCK_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void receive() {
        if (stockPoint == null) {
            messages.show(new InvalidValueException("institutionId", "institution.notFound"), STOCK_FIELDS);
            return;
        }
        try {
            devices.receive(stockPoint, deviceCode, quantity == null ? 0 : quantity);
            stock = devices.stock(stockPoint);
            deviceCode = null;
            quantity = null;
        } catch (InvalidValueException e) {
            messages.show(e, STOCK_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** The catalogue's name of a device code, in the page's language. */
    public String deviceName(String code) {
        return catalogue.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> localeBean.isEnglish() ? d.nameEn() : d.nameZh()).orElse(code);
    }

    public List<CaseView> getWaiting() {
        return waiting;
    }

    public List<CaseView> getLent() {
        return lent;
    }

    public List<InstitutionView> getPoints() {
        return points;
    }

    public List<DeviceView> getCatalogue() {
        return catalogue;
    }

    public CaseView getSelected() {
        return selected;
    }

    public Long getIssuePoint() {
        return issuePoint;
    }

    public void setIssuePoint(Long issuePoint) {
        this.issuePoint = issuePoint;
    }

    public LocalDate getIssueDay() {
        return issueDay;
    }

    public void setIssueDay(LocalDate issueDay) {
        this.issueDay = issueDay;
    }

    public Long getStockPoint() {
        return stockPoint;
    }

    public void setStockPoint(Long stockPoint) {
        this.stockPoint = stockPoint;
    }

    public List<StockView> getStock() {
        return stock;
    }

    public String getDeviceCode() {
        return deviceCode;
    }

    public void setDeviceCode(String deviceCode) {
        this.deviceCode = deviceCode;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }
}
