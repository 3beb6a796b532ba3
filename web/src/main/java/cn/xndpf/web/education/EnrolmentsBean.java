package cn.xndpf.web.education;

import cn.xndpf.application.education.EnrolmentRate;
import cn.xndpf.application.education.EnrolmentReportService;
import cn.xndpf.domain.education.EnrolmentState;
import cn.xndpf.domain.education.SchoolYear;
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
import java.util.List;
import java.util.Map;

/**
 * 义务教育入学名单: district and city staff choose a school year (and a state), see the rate of their
 * jurisdiction on top and the children it counts below, paged, with what the education bureau reported.
 */
@Named("enrolments")
@ViewScoped
public class EnrolmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("schoolYear", "filter:schoolYear");

    @EJB
    private EnrolmentReportService service;

    @Inject
    private FacesMessages messages;

    private String schoolYear = SchoolYear.containing(PlatformClock.today()).label();
    private EnrolmentState state;
    private EnrolmentRate rate;
    private EnrolmentLazyModel children;

    @PostConstruct
    void init() {
        show();
    }

    /** The rate and the first page of the list for the chosen year and state. */
    public void show() {
        String year = schoolYear == null ? "" : schoolYear.trim();
        try {
            SchoolYear.parse(year);
            rate = service.rate(year);
            children = new EnrolmentLazyModel(service, year, state);
        } catch (InvalidValueException e) {
            rate = null;
            children = null;
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public List<EnrolmentState> getStates() {
        return List.of(EnrolmentState.values());
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public EnrolmentState getState() {
        return state;
    }

    public void setState(EnrolmentState state) {
        this.state = state;
    }

    public EnrolmentRate getRate() {
        return rate;
    }

    public EnrolmentLazyModel getChildren() {
        return children;
    }
}
