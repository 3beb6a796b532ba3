package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface PetitionRepository {

    Optional<Petition> find(long id);

    void store(Petition petition);

    /**
     * The open petitions whose responsible division lies within a jurisdiction: those whose deadline has
     * passed on {@code today} first (oldest deadline first), then by deadline, then the rest by receipt.
     */
    List<Petition> openWithin(DivisionCode jurisdiction, LocalDate today);

    /** Open petitions of a jurisdiction whose deadline falls from {@code from} to {@code to}, by deadline. */
    List<Petition> dueBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);

    /** Petitions of a jurisdiction received from {@code from} to {@code to}, newest first. */
    List<Petition> receivedBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);
}
