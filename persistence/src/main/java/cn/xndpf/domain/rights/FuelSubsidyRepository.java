package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Optional;

/** Fuel-subsidy cases (机动轮椅车燃油补贴办件); they are stored through the kernel's case repository. */
public interface FuelSubsidyRepository {

    Optional<FuelSubsidyCase> find(long caseId);

    /** Whether the person has a case for the year, in any state. */
    boolean applied(long personId, int year);

    /** The cases of a year in the jurisdiction, newest first. */
    List<FuelSubsidyCase> ofYear(DivisionCode jurisdiction, int year);
}
