package cn.xndpf.application.institution;

import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Apply for a service, then place the case with an institution" (申请, 安置), the steps every program that
 * delivers through institutions shares (care, basic rehabilitation, assistive devices; next, sheltered
 * employment): the applicant and the case seen only within the caller's jurisdiction, the case opened through
 * the kernel's workflow, and the placement that starts the case through the kernel and enrols the person with a
 * qualified institution, naming the case. Runs in the calling service's transaction and under its roles, so a
 * refusal of any step, the institution's capacity included, changes nothing; the kernel and the enrolment audit
 * each change. Knows no program: each passes its own program code, case type, institution kind and refusal key.
 */
@ApplicationScoped
public class InstitutionPlacement {

    private static final Set<CaseState> CLOSED = EnumSet.of(CaseState.REJECTED, CaseState.TERMINATED);

    @Inject
    private PersonRepository people;

    @Inject
    private CaseRepository cases;

    @Inject
    private InstitutionRepository institutions;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private ServiceRecordService records;

    /** A person by ID number; one registered outside the jurisdiction gets the same answer as an unknown number. */
    public Person visiblePerson(StaffUser me, String idNumber) {
        return people.findByIdNumber(IdNumber.of(idNumber)).filter(p -> me.jurisdiction().contains(p.division()))
                .orElseThrow(() -> new NotFoundException(IdNumber.FIELD, "person.notFound"));
    }

    /** A case of the program's type; another program's case, or another jurisdiction's, is not revealed. */
    public <C extends ProgramCase> C visibleCase(StaffUser me, long caseId, Class<C> type) {
        C c = cases.find(caseId).filter(type::isInstance).map(type::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!me.jurisdiction().contains(c.division())) {
            // as the kernel answers: another jurisdiction's case is not revealed
            throw new NotFoundException("case", "case.notFound");
        }
        return c;
    }

    /** Whether the person has a case of the program neither rejected nor terminated (one open case a program). */
    public boolean hasOpenCase(Person p, String programCode) {
        return cases.casesOf(p).stream()
                .anyMatch(c -> programCode.equals(c.programCode()) && !CLOSED.contains(c.state()));
    }

    /**
     * Opens a checked application's case through the workflow (申请): the program's row, the case drawn up for
     * it, the kernel's start (case number, first stage, timeline, audit). An unknown program is refused on the
     * form's field.
     */
    public long apply(String programCode, String field, Function<Program, ? extends ProgramCase> draft,
            String summary, Map<String, Object> audited) {
        Program program = cases.program(programCode).orElseThrow(() -> new NotFoundException(field,
                "program.unknown"));
        return workflow.startCase(draft.apply(program), summary, audited);
    }

    /**
     * Places an approved case with an institution from a day (安置): the institution must be of the program's
     * kind (else {@code wrongKindKey} on institutionId), the kernel starts the case (version check, timeline step,
     * audit) and the person is enrolled for the service, naming the case (qualification, validity and capacity
     * checked there, audited). Returns the institution for the case to record it.
     */
    public Institution place(ProgramCase c, int expectedVersion, long institutionId, InstitutionKind kind,
            String wrongKindKey, ServiceKind service, LocalDate from) {
        Institution at = institutions.find(institutionId)
                .orElseThrow(() -> new InvalidValueException("institutionId", "institution.notFound"));
        if (at.kind() != kind) {
            throw new InvalidValueException("institutionId", wrongKindKey);
        }
        workflow.startBenefit(c.id(), expectedVersion, from);
        records.enrol(c.person().id(), institutionId, service, from, c.id());
        return at;
    }
}
