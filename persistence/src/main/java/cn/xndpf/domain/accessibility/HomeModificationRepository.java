package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Optional;

/** Home modification cases and their files; the cases are stored through the kernel's case repository. */
public interface HomeModificationRepository {

    Optional<HomeModificationCase> find(long caseId);

    /** Whether the household has a case neither rejected nor ended (one open modification a household). */
    boolean hasOpenCase(long householdId);

    /** The jurisdiction's cases, newest application first, at most {@code max}. */
    List<HomeModificationCase> inJurisdiction(DivisionCode jurisdiction, int max);

    void store(HomeModificationFile file);

    /** A case's files without their content, oldest first. */
    List<HomeModificationFile> filesOf(long caseId);

    Optional<HomeModificationFile> file(long fileId);
}
