package cn.xndpf.domain.division;

import java.util.List;
import java.util.Optional;

public interface DivisionRepository {

    Optional<Division> find(DivisionCode code);

    List<Division> children(DivisionCode parent);

    /** Every division at or below {@code root}. */
    List<Division> subtree(DivisionCode root);

    /** Every division of a level, e.g. the cities whose statistics are run. */
    List<Division> atLevel(DivisionLevel level);

    void store(Division division);
}
