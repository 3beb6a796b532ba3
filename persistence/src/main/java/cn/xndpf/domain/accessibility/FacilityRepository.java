package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Optional;

/** The public accessible facility inventory and its inspections. */
public interface FacilityRepository {

    void store(AccessibleFacility facility);

    void store(FacilityInspection inspection);

    Optional<AccessibleFacility> find(long id);

    Optional<FacilityInspection> inspection(long id);

    /** Whether the division already has an entry of the kind under the name. */
    boolean exists(DivisionCode division, FacilityKind kind, String name);

    /** The jurisdiction's entries by division, kind and name. */
    List<AccessibleFacility> inJurisdiction(DivisionCode jurisdiction);

    /** An entry's inspections, newest first. */
    List<FacilityInspection> inspectionsOf(long facilityId);
}
