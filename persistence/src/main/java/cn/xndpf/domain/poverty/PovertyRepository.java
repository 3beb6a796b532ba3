package cn.xndpf.domain.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;

import java.util.List;
import java.util.Optional;

/** Poor households' status changes and return-to-poverty monitoring (脱贫解困, 防返贫). */
public interface PovertyRepository {

    /**
     * Locks the household's row until the transaction ends, so that two changes of its status or two monitorings
     * started at once are decided one after the other.
     */
    void lockHousehold(long householdId);

    /** Writes a new status change now (the unique (household, seq) refuses a concurrent same step). */
    void add(PovertyStatusChange change);

    /** The household's status changes in order. */
    List<PovertyStatusChange> history(long householdId);

    /** The latest change of each household recorded in divisions under {@code jurisdiction}, newest day first. */
    List<PovertyStatusChange> latest(DivisionCode jurisdiction, int max);

    void store(PovertyMonitoring monitoring);

    Optional<PovertyMonitoring> findMonitoring(long id);

    /** The household's monitorings, newest first. */
    List<PovertyMonitoring> monitorings(long householdId);

    /** The monitorings still open (risk not removed) in divisions under {@code jurisdiction}, oldest first. */
    List<PovertyMonitoring> openMonitorings(DivisionCode jurisdiction, int max);

    /** The registered people of the household. */
    List<Person> members(long householdId);
}
