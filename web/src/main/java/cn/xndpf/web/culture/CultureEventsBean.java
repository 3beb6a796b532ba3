package cn.xndpf.web.culture;

import cn.xndpf.application.culture.CultureEventForm;
import cn.xndpf.application.culture.CultureEventService;
import cn.xndpf.application.culture.CultureEventView;
import cn.xndpf.domain.culture.CultureEventKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** 文体活动: district and city staff record an event and list this year's of their jurisdiction. */
@Named("cultureEvents")
@ViewScoped
public class CultureEventsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "kind", "events:kind",
            "title", "events:title",
            "organiser", "events:organiser",
            "place", "events:place",
            "heldOn", "events:heldOn",
            "divisionCode", "events:division",
            "participants", "events:participants",
            "otherParticipants", "events:others");

    @EJB
    private CultureEventService service;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private List<CultureEventView> list;

    private CultureEventKind kind;
    private String title;
    private String organiser;
    private String place;
    private LocalDate heldOn = PlatformClock.today();
    private String division;
    private String participants;
    private String others;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        LocalDate today = PlatformClock.today();
        list = service.events(today.withDayOfYear(1), today);
    }

    public void save() {
        try {
            CultureEventView saved = service.record(new CultureEventForm(kind, title, organiser, place, heldOn,
                    division, participants, whole(others)));
            String pattern = ResourceBundle.getBundle("cn.xndpf.web.culture.messages", localeBean.getLocale())
                    .getString("events.recorded");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    new MessageFormat(pattern, localeBean.getLocale()).format(new Object[]{saved.title(),
                            saved.participants()}), null));
            kind = null;
            title = null;
            organiser = null;
            place = null;
            heldOn = PlatformClock.today();
            participants = null;
            others = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** What was typed as a number; anything but a whole number goes on as -1, which the rules refuse. */
    private static Integer whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public CultureEventKind[] getKinds() {
        return CultureEventKind.values();
    }

    public List<CultureEventView> getList() {
        return list;
    }

    public CultureEventKind getKind() {
        return kind;
    }

    public void setKind(CultureEventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getOthers() {
        return others;
    }

    public void setOthers(String others) {
        this.others = others;
    }
}
