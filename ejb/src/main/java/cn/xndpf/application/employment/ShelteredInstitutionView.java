package cn.xndpf.application.employment;

import java.io.Serializable;

/** A sheltered-employment institution of the registry with its places and the workers present today. */
public record ShelteredInstitutionView(long id, String name, String divisionCode, int capacity, long workersToday,
                                       boolean inForce) implements Serializable {
}
