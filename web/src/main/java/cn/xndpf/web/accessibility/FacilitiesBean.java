package cn.xndpf.web.accessibility;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.accessibility.FacilityInventoryService;
import cn.xndpf.application.accessibility.FacilityView;
import cn.xndpf.domain.accessibility.FacilityKind;
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
 * 无障碍设施台账: record an entry (division, kind, name, count and the day it holds from), the jurisdiction's totals
 * by kind and entries with their latest count and inspection; for the entry chosen, its counts over time, a revised
 * count from a day, an inspection, its findings marked fixed.
 */
@Named("facilities")
@ViewScoped
public class FacilitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "divisionCode", "facilities:division",
            "kind", "facilities:kind",
            "name", "facilities:name",
            "quantity", "facilities:quantity",
            "countedOn", "facilities:countedOn",
            "inspectedOn", "facilities:day",
            "fixedOn", "facilities:day",
            "inspector", "facilities:inspector",
            "findings", "facilities:findings");

    @EJB
    private FacilityInventoryService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.accessibility.messages")
    private ScreenTexts texts;

    private String division;
    private FacilityKind kind;
    private String name;
    private Integer quantity;
    private LocalDate countedOn = PlatformClock.today();
    private List<FacilityView> list;
    private List<FacilityView.CountView> counts = List.of();
    private Map<FacilityKind, Integer> totals;
    private FacilityView selected;
    private LocalDate day = PlatformClock.today();
    private String inspector;
    private String findings;
    private boolean fixed;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = service.list();
        totals = service.totalsByKind();
    }

    public void save() {
        try {
            FacilityView v = service.record(division, kind, name, quantity, countedOn);
            info(v.name());
            selected = null;
            counts = List.of();
            name = null;
            quantity = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void choose(FacilityView row) {
        selected = row;
        counts = service.counts(row.id());
        quantity = row.quantity();
        countedOn = PlatformClock.today();
        day = PlatformClock.today();
        inspector = null;
        findings = null;
        fixed = false;
    }

    public void recount() {
        act(() -> service.recount(selected.id(), selected.version(), countedOn, quantity));
    }

    public void inspect() {
        act(() -> service.inspect(selected.id(), day, inspector, findings, fixed));
    }

    public void markFixed() {
        act(() -> service.fixed(selected.lastInspection().id(), day));
    }

    private void act(java.util.function.Supplier<FacilityView> step) {
        if (selected == null) {
            return;
        }
        try {
            selected = step.get();
            counts = service.counts(selected.id());
            info(selected.name());
            inspector = null;
            findings = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    private void info(String what) {
        texts.info("facilities.saved", what);
    }

    public FacilityKind[] getKinds() {
        return FacilityKind.values();
    }

    public Map<FacilityKind, Integer> getTotals() {
        return totals;
    }

    public List<FacilityView> getList() {
        return list;
    }

    public FacilityView getSelected() {
        return selected;
    }

    public List<FacilityView.CountView> getCounts() {
        return counts;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public void setCountedOn(LocalDate countedOn) {
        this.countedOn = countedOn;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public FacilityKind getKind() {
        return kind;
    }

    public void setKind(FacilityKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public boolean isFixed() {
        return fixed;
    }

    public void setFixed(boolean fixed) {
        this.fixed = fixed;
    }
}
