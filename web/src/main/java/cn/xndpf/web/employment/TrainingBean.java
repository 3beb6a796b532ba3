package cn.xndpf.web.employment;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.web.shared.TypedNumbers;
import cn.xndpf.application.employment.TraineeView;
import cn.xndpf.application.employment.TrainingCourseForm;
import cn.xndpf.application.employment.TrainingCourseView;
import cn.xndpf.application.employment.TrainingService;
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

/** 职业技能培训: district and city staff open courses, enrol trainees by ID number and record completion. */
@Named("training")
@ViewScoped
public class TrainingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "training:name",
            "trade", "training:trade",
            "organiser", "training:organiser",
            "divisionCode", "training:division",
            "startsOn", "training:startsOn",
            "endsOn", "training:endsOn",
            "totalCost", "training:totalCost",
            "idNumber", "training:idNumber",
            "completedOn", "training:completedOn");

    @EJB
    private TrainingService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.employment.services")
    private ScreenTexts texts;

    private List<TrainingCourseView> courses = List.of();
    private TrainingCourseView course;
    private List<TraineeView> trainees = List.of();

    private String name;
    private String trade;
    private String organiser;
    private String division;
    private LocalDate startsOn = PlatformClock.today();
    private LocalDate endsOn = PlatformClock.today();
    private String totalCost;
    private String idNumber;
    private LocalDate completedOn = PlatformClock.today();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        LocalDate today = PlatformClock.today();
        courses = service.courses(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
        if (course != null) {
            course = service.courseView(course.id());
            trainees = service.trainees(course.id());
        }
    }

    public void open() {
        try {
            TrainingCourseView opened = service.open(new TrainingCourseForm(name, trade, organiser, division, startsOn,
                    endsOn, TypedNumbers.amount(totalCost)));
            texts.info("training.opened", opened.name());
            name = null;
            trade = null;
            organiser = null;
            totalCost = null;
            course = opened;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void choose(long courseId) {
        course = service.courseView(courseId);
        trainees = service.trainees(courseId);
    }

    public void enrol() {
        try {
            TraineeView t = service.enrol(course.id(), idNumber);
            texts.info("training.enrolled", t.maskedIdNumber());
            idNumber = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void complete() {
        try {
            TraineeView t = service.complete(course.id(), idNumber, completedOn);
            texts.info("training.completedDone", t.maskedIdNumber());
            idNumber = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public List<TrainingCourseView> getCourses() {
        return courses;
    }

    public TrainingCourseView getCourse() {
        return course;
    }

    public List<TraineeView> getTrainees() {
        return trainees;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTotalCost() {
        return totalCost;
    }

    public void setTotalCost(String totalCost) {
        this.totalCost = totalCost;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
