package cn.xndpf.web.rights;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.rights.PetitionService;
import cn.xndpf.application.rights.PetitionView;
import cn.xndpf.domain.rights.PetitionState;
import cn.xndpf.domain.rights.Satisfaction;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * 信访事项办理: one petition with its deadlines and timeline, and the steps its state allows (accept or refuse,
 * extend, answer, record a review request and its answer, close, hand to another division). The service checks
 * every step; this bean only passes what was typed and the version it showed.
 */
@Named("petition")
@ViewScoped
public class PetitionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "day", "step:day",
            "note", "step:note",
            "extensionDays", "step:extensionDays",
            "satisfaction", "step:satisfaction",
            "divisionCode", "step:division");

    @EJB
    private PetitionService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.rights.messages")
    private ScreenTexts texts;

    private Long id;
    private PetitionView view;

    private LocalDate day;
    private String note;
    private String extensionDays;
    private Satisfaction satisfaction;
    private String division;

    public void load() {
        day = PlatformClock.today();
        if (id == null) {
            messages.show(new InvalidValueException("petition", "petition.notFound"), Map.of());
            return;
        }
        try {
            // the page opened by a person: audited as a view (a step's answer refreshes it without one)
            view = service.open(id);
        } catch (InvalidValueException e) {
            messages.show(e, Map.of());
        }
    }

    public void accept() {
        step(() -> service.accept(view.id(), view.version(), day), "step.accepted");
    }

    public void refuse() {
        step(() -> service.refuse(view.id(), view.version(), day, note), "step.refused");
    }

    public void extend() {
        step(() -> service.extend(view.id(), view.version(), whole(extensionDays), note), "step.extended");
    }

    public void answer() {
        step(() -> service.answer(view.id(), view.version(), day, note), "step.answered");
    }

    public void requestReview() {
        step(() -> service.requestReview(view.id(), view.version(), day, note), "step.reviewRequested");
    }

    public void decideReview() {
        step(() -> service.decideReview(view.id(), view.version(), day, note), "step.reviewed");
    }

    public void close() {
        step(() -> service.close(view.id(), view.version(), day, satisfaction), "step.closed");
    }

    public void assign() {
        step(() -> service.assign(view.id(), view.version(), division), "step.assigned");
    }

    private interface Call {
        PetitionView run();
    }

    private void step(Call call, String doneKey) {
        if (view == null) {
            return;
        }
        try {
            view = call.run();
            texts.info(doneKey);
            note = null;
            extensionDays = null;
            satisfaction = null;
            division = null;
            day = PlatformClock.today();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** What was typed as a number of days; anything but a whole number goes on as -1, which the rules refuse. */
    static Integer whole(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean is(String state) {
        return view != null && view.state() == PetitionState.valueOf(state);
    }

    public boolean isOpen() {
        return view != null && view.state().isOpen();
    }

    public Satisfaction[] getSatisfactions() {
        return Satisfaction.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PetitionView getView() {
        return view;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(String extensionDays) {
        this.extensionDays = extensionDays;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }
}
