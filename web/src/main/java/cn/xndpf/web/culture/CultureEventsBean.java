package cn.xndpf.web.culture;

import cn.xndpf.application.culture.CultureEventForm;
import cn.xndpf.application.culture.CultureEventService;
import cn.xndpf.application.culture.CultureEventView;
import cn.xndpf.domain.culture.CultureEventKind;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.web.shared.TypedNumbers;
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
 * 文体活动: district and city staff record an event, list this year's of their jurisdiction, and revise or delete one
 * picked from the list.
 */
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
    @ScreenBundle("cn.xndpf.web.culture.messages")
    private ScreenTexts texts;

    private List<CultureEventView> list;

    /** The event being revised, as read; null while recording a new one. */
    private CultureEventView editing;

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
            String key;
            CultureEventView saved;
            if (editing == null) {
                saved = service.record(new CultureEventForm(kind, title, organiser, place, heldOn, division,
                        participants, TypedNumbers.whole(others)));
                key = "events.recorded";
            } else {
                // nothing typed keeps the registered participants (the form does not show their ID numbers)
                String typed = participants == null || participants.isBlank() ? null : participants;
                saved = service.revise(editing.id(), editing.version(), new CultureEventForm(kind, title, organiser,
                        place, heldOn, division, typed, TypedNumbers.whole(others)));
                key = "events.revised";
            }
            texts.info(key, saved.title(), saved.participants());
            clear();
            reload();
        } catch (ConcurrentChangeException e) {
            messages.show(e, FIELDS);
            clear();
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Puts an event of the list into the form to be revised. */
    public void edit(long id) {
        list.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
            editing = e;
            kind = e.kind();
            title = e.title();
            organiser = e.organiser();
            place = e.place();
            heldOn = e.heldOn();
            division = e.divisionCode();
            participants = null;
            others = String.valueOf(e.otherParticipants());
        });
    }

    /** Deletes an event of the list, of the version shown. */
    public void delete(long id) {
        CultureEventView e = list.stream().filter(v -> v.id() == id).findFirst().orElse(null);
        if (e == null) {
            return;
        }
        try {
            service.delete(e.id(), e.version());
            texts.info("events.deleted", e.title(), e.participants());
        } catch (InvalidValueException ex) {
            messages.show(ex, FIELDS);
        } catch (EJBAccessException ex) {
            messages.show(ex);
        }
        clear();
        reload();
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        kind = null;
        title = null;
        organiser = null;
        place = null;
        heldOn = PlatformClock.today();
        participants = null;
        others = null;
    }


    public CultureEventKind[] getKinds() {
        return CultureEventKind.values();
    }

    public CultureEventView getEditing() {
        return editing;
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
