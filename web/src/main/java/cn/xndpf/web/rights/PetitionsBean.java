package cn.xndpf.web.rights;

import cn.xndpf.application.rights.PetitionService;
import cn.xndpf.application.rights.PetitionView;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 信访事项: the open petitions of the user's jurisdiction, overdue first, and the reminder list of those due
 * within so many days (the setting's number until the user types another).
 */
@Named("petitions")
@ViewScoped
public class PetitionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PetitionService service;

    @Inject
    private FacesMessages messages;

    private List<PetitionView> list;
    private List<PetitionView> dueSoon;
    private String days;

    @PostConstruct
    void init() {
        list = service.openPetitions();
        dueSoon = service.dueWithin(null);
    }

    public void remind() {
        try {
            dueSoon = service.dueWithin(PetitionBean.whole(days));
        } catch (InvalidValueException e) {
            messages.show(e, Map.of("days", "petitions:days"));
        }
    }

    public List<PetitionView> getList() {
        return list;
    }

    public List<PetitionView> getDueSoon() {
        return dueSoon;
    }

    public long getOverdueCount() {
        return list.stream().filter(PetitionView::overdue).count();
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }
}
