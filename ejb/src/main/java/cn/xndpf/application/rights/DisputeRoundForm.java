package cn.xndpf.application.rights;

import cn.xndpf.domain.rights.DisputeKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A screening round as the form sends it, with what it found. */
public record DisputeRoundForm(LocalDate screenedOn, String divisionCode, String screenedBy, String note,
                               List<Finding> findings) implements Serializable {

    /** One finding: the person (ID number) or household (household number) concerned are optional. */
    public record Finding(DisputeKind kind, String description, String idNumber, String householdNumber)
            implements Serializable {
    }
}
