package cn.xndpf.domain.culture;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CultureEventRepository {

    Optional<CultureEvent> find(long id);

    void store(CultureEvent event);

    /** Deletes the event with its participants. */
    void delete(CultureEvent event);

    /** Events of a jurisdiction held from {@code from} to {@code to}, newest first. */
    List<CultureEvent> heldBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to);
}
