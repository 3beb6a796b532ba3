package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.JobFair;

import java.io.Serializable;
import java.time.LocalDate;

/** A fair as screens see it: employers and registered job seekers counted, not named. */
public record JobFairView(long id, LocalDate heldOn, String place, String divisionCode, String organiser,
                          int employers, int registeredSeekers, int otherSeekers, int seekers, int jobsOffered)
        implements Serializable {

    static JobFairView of(JobFair f) {
        return new JobFairView(f.id(), f.heldOn(), f.place(), f.division().value(), f.organiser(),
                f.employers().size(), f.seekers().size(), f.otherSeekers(), f.seekerCount(), f.jobsOffered());
    }
}
