package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Dispute-screening rounds (矛盾纠纷排查) and their findings. */
public interface DisputeRepository {

    void store(DisputeRound round);

    Optional<DisputeRound> findRound(long id);

    Optional<DisputeFinding> findFinding(long id);

    /** The rounds in divisions under {@code jurisdiction} screened from {@code from} to {@code to}, newest first. */
    List<DisputeRound> rounds(DivisionCode jurisdiction, LocalDate from, LocalDate to);
}
