package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Neighbour mutual-aid pilots (邻里互助) and the months paid. */
public interface MutualAidRepository {

    void store(MutualAidPilot pilot);

    Optional<MutualAidPilot> findPilot(long id);

    /** Every pilot, by division. */
    List<MutualAidPilot> pilots();

    /** Locks the pilot's row until the transaction ends: payments of one pilot are decided one after the other. */
    void lockPilot(MutualAidPilot pilot);

    boolean paid(IdNumber helper, long householdId, YearMonth month);

    /** Writes the payment now (the unique key refuses a month paid twice). */
    void add(MutualAidPayment payment);

    /** The payments of households in divisions under {@code jurisdiction} for months from..to, newest first. */
    List<MutualAidPayment> payments(DivisionCode jurisdiction, LocalDate from, LocalDate to, int max);
}
