package cn.xndpf.domain.division;

import java.util.List;
import java.util.Optional;

public interface DivisionRepository {

    Optional<Division> find(DivisionCode code);

    List<Division> children(DivisionCode parent);

    /** Every division at or below {@code root}. */
    List<Division> subtree(DivisionCode root);

    void store(Division division);
}
