package cn.xndpf.domain.rights;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface LegalMatterRepository {

    Optional<LegalMatter> find(long id);

    void store(LegalMatter matter);

    /** Matters of a jurisdiction opened from {@code from} to {@code to}, newest first (of a kind when not null). */
    List<LegalMatter> openedBetween(DivisionCode jurisdiction, LegalMatterKind kind, LocalDate from, LocalDate to);
}
