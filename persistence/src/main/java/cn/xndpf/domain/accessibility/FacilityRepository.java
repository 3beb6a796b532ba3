package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public accessible facility inventory and its inspections. */
public interface FacilityRepository {

    void store(AccessibleFacility facility);

    void store(FacilityInspection inspection);

    void store(FacilityCount count);

    Optional<AccessibleFacility> find(long id);

    Optional<FacilityInspection> inspection(long id);

    /**
     * Moves the entry's version on if it is still {@code expectedVersion}: how a count, kept in its own table,
     * still claims the entry against a concurrent change. False when someone changed it since.
     */
    boolean advanceVersion(long facilityId, int expectedVersion);

    /** Whether the division already has an entry of the kind under the name. */
    boolean exists(DivisionCode division, FacilityKind kind, String name);

    /** The jurisdiction's entries by division, kind and name. */
    List<AccessibleFacility> inJurisdiction(DivisionCode jurisdiction);

    /** An entry's counts, the latest first. */
    List<FacilityCount> countsOf(long facilityId);

    /** The latest count of each of the jurisdiction's entries, by entry id. */
    Map<Long, FacilityCount> latestCounts(DivisionCode jurisdiction);

    /** An entry's inspections, newest first. */
    List<FacilityInspection> inspectionsOf(long facilityId);
}
