package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Cases of every program. */
public interface CaseRepository {

    Optional<ProgramCase> find(long id);

    void store(ProgramCase programCase);

    List<ProgramCase> casesOf(Person person);

    /** Cases waiting at a level within a jurisdiction, oldest due date first. */
    List<ProgramCase> queue(ReviewLevel level, DivisionCode jurisdiction, int first, int max);

    long countQueue(ReviewLevel level, DivisionCode jurisdiction);

    /** Cases under review whose level deadline has passed. */
    List<ProgramCase> overdue(DivisionCode jurisdiction, LocalDate today);

    List<ReviewStage> stages(String programCode);

    Optional<Program> program(String code);
}
