package cn.xndpf.web.employment;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.web.shared.TypedNumbers;
import cn.xndpf.application.employment.JobFairForm;
import cn.xndpf.application.employment.JobFairService;
import cn.xndpf.application.employment.JobFairView;
import cn.xndpf.application.employment.PlacementForm;
import cn.xndpf.application.employment.PlacementService;
import cn.xndpf.application.employment.PlacementView;
import cn.xndpf.domain.employment.PlacementKind;
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

/** 招聘会与就业安置: district and city staff record job fairs and place people into employment, and end placements. */
@Named("fairs")
@ViewScoped
public class FairsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FAIR_FIELDS = Map.of(
            "heldOn", "fair:heldOn",
            "place", "fair:place",
            "divisionCode", "fair:division",
            "organiser", "fair:organiser",
            "employers", "fair:employers",
            "seekers", "fair:seekers",
            "otherSeekers", "fair:otherSeekers",
            "jobsOffered", "fair:jobsOffered");

    private static final Map<String, String> PLACEMENT_FIELDS = Map.of(
            "idNumber", "placement:idNumber",
            "kind", "placement:kind",
            "employer", "placement:employer",
            "startedOn", "placement:startedOn");

    @EJB
    private JobFairService fairService;

    @EJB
    private PlacementService placementService;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.employment.services")
    private ScreenTexts texts;

    private List<JobFairView> fairs = List.of();
    private List<PlacementView> placements = List.of();

    private LocalDate heldOn = PlatformClock.today();
    private String place;
    private String division;
    private String organiser;
    private String employers;
    private String seekers;
    private String otherSeekers;
    private String jobsOffered;

    private String idNumber;
    private PlacementKind kind;
    private String employer;
    private LocalDate startedOn = PlatformClock.today();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        LocalDate today = PlatformClock.today();
        fairs = fairService.fairs(today.withDayOfYear(1), today);
        placements = placementService.placements(today.withDayOfYear(1), today);
    }

    public void record() {
        try {
            JobFairView f = fairService.record(new JobFairForm(heldOn, place, division, organiser, employers, seekers,
                    TypedNumbers.whole(otherSeekers), TypedNumbers.whole(jobsOffered)));
            texts.info("fairs.recorded", f.place(), f.seekers());
            place = null;
            organiser = null;
            employers = null;
            seekers = null;
            otherSeekers = null;
            jobsOffered = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FAIR_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void placePerson() {
        try {
            PlacementView p = placementService.place(new PlacementForm(idNumber, kind, employer, startedOn));
            texts.info("placement.placed", p.maskedIdNumber());
            idNumber = null;
            kind = null;
            employer = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, PLACEMENT_FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void end(PlacementView p) {
        try {
            PlacementView ended = placementService.end(p.id(), p.version(), PlatformClock.today());
            texts.info("placement.ended", ended.maskedIdNumber());
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, PLACEMENT_FIELDS);
            reload();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public PlacementKind[] getKinds() {
        return PlacementKind.values();
    }

    public List<JobFairView> getFairs() {
        return fairs;
    }

    public List<PlacementView> getPlacements() {
        return placements;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getEmployers() {
        return employers;
    }

    public void setEmployers(String employers) {
        this.employers = employers;
    }

    public String getSeekers() {
        return seekers;
    }

    public void setSeekers(String seekers) {
        this.seekers = seekers;
    }

    public String getOtherSeekers() {
        return otherSeekers;
    }

    public void setOtherSeekers(String otherSeekers) {
        this.otherSeekers = otherSeekers;
    }

    public String getJobsOffered() {
        return jobsOffered;
    }

    public void setJobsOffered(String jobsOffered) {
        this.jobsOffered = jobsOffered;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public PlacementKind getKind() {
        return kind;
    }

    public void setKind(PlacementKind kind) {
        this.kind = kind;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }
}
