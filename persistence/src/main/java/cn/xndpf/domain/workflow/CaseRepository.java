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

    /** Cases waiting at a stage the role decides, within a jurisdiction, oldest due date first. */
    List<ProgramCase> queue(String role, DivisionCode jurisdiction, int first, int max);

    long countQueue(String role, DivisionCode jurisdiction);

    /** A page of the cases under review whose stage deadline has passed, oldest deadline first. */
    List<ProgramCase> overdue(DivisionCode jurisdiction, LocalDate today, int first, int max);

    long countOverdue(DivisionCode jurisdiction, LocalDate today);

    /** Every review-chain row of a program, of every date. */
    List<ReviewStage> stages(String programCode);

    /** Every review-chain row, of every program and date, at which {@code role} decides. */
    List<ReviewStage> stagesOfRole(String role);

    Optional<Program> program(String code);
}
