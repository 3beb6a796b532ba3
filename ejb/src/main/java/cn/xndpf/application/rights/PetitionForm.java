package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.PetitionChannel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A petition as registered: the ID number is optional (blank when the petitioner gives none or is not in the
 * registry); {@code divisionCode} is the responsible division.
 */
public record PetitionForm(PetitionChannel channel, String petitionerName, String contact, String idNumber,
                           String matter, String divisionCode, LocalDate receivedOn) implements Serializable {
}
