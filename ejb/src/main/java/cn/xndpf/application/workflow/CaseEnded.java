package cn.xndpf.application.workflow;

/**
 * A case was terminated (终止), fired by {@link CaseWorkflowService#terminate} inside the caller's transaction
 * once the case has changed, so what an observer changes with it is kept or rolled back with it. The kernel
 * knows no program: a shared package or a program observes it for what it started with the case (an
 * institution enrolment that names the case ends with it).
 */
public record CaseEnded(long caseId, String programCode, java.time.LocalDate lastDay) {
}
