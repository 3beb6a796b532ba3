package cn.xndpf.application.employment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A job fair as recorded: {@code employerCreditCodes} the registry's employers that took part and
 * {@code seekerIdNumbers} the registered people who came, each separated by spaces, commas, 、 or new lines (each
 * counted once); {@code otherSeekers} the job seekers who are not registered.
 */
public record JobFairForm(LocalDate heldOn, String place, String divisionCode, String organiser,
                          String employerCreditCodes, String seekerIdNumbers, Integer otherSeekers,
                          Integer jobsOffered) implements Serializable {
}
