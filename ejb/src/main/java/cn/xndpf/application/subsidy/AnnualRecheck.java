package cn.xndpf.application.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.RecheckFinding;
import cn.xndpf.domain.subsidy.RecheckFindingRepository;
import cn.xndpf.domain.subsidy.RecheckReason;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual re-check of the two subsidies (两项补贴年度核查) one case at a time, for the batch job
 * {@code subsidy-annual-recheck}: which running cases to look at, whether each one's basis still holds on
 * the check date, and storing what was found. The job's chunk transaction spans a whole chunk, so a crash
 * stores either all of a chunk's findings or none; storing is idempotent per case and date, so a restart
 * or a re-run never adds a second finding.
 * <p>
 * Only the batch runtime's own identity ({@link Roles#BATCH}) may call it; staff start the job and act on
 * findings through {@link SubsidyRecheckService}. (To be named {@code AnnualRecheckSteps} by the conventions.)
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RolesAllowed(Roles.BATCH)
public class AnnualRecheck {

    @Inject
    private RecheckFindingRepository findings;

    @Inject
    private CaseRepository cases;

    @Inject
    private PersonRepository people;

    @EJB
    private SubsidyService subsidies;

    @Inject
    private AuditTrail audit;

    /** Running (active or suspended) subsidy cases of a division after {@code afterId}, in id order. */
    public List<Long> casesToRecheck(DivisionCode division, long afterId) {
        return findings.casesToRecheck(division, afterId);
    }

    /**
     * Judges one case on the check date by the subsidy's rules, and compares the level it is paid at with
     * the level of the person's valid certificate.
     */
    public RecheckResult examine(long caseId, LocalDate checkDate) {
        SubsidyCase c = subsidyCase(caseId);
        EligibilityResult eligibility = subsidies.recheck(caseId, checkDate);
        List<RecheckReason> reasons = new ArrayList<>();
        Certificate valid = people.validCertificateOf(c.person()).orElse(null);
        if (valid != null && valid.level() != c.benefitLevel()) {
            reasons.add(RecheckReason.levelChanged(c, valid));
        }
        eligibility.reasons().stream().map(RecheckReason::of).forEach(reasons::add);
        return new RecheckResult(caseId, reasons, valid == null ? null : valid.level());
    }

    /**
     * Stores a chunk's results for a check date: a new finding where the basis changed, the open finding
     * revised where there was one already, an open finding removed where the basis holds again. A finding
     * staff already resolved for that date is left as they decided.
     *
     * @return how many findings are open for these cases after the chunk
     */
    public int record(LocalDate checkDate, Long jobExecution, List<RecheckResult> results) {
        int open = 0;
        for (RecheckResult r : results) {
            SubsidyCase c = subsidyCase(r.caseId());
            Optional<RecheckFinding> existing = findings.find(c, checkDate);
            if (!r.basisChanged()) {
                Optional<RecheckFinding> obsolete = existing.filter(RecheckFinding::isOpen);
                if (obsolete.isPresent()) {
                    Map<String, Object> before = snapshot(obsolete.get());
                    findings.remove(obsolete.get());
                    audited(AuditAction.DELETE, obsolete.get(), "年度核查：依据恢复，撤销核查发现 ", before, null,
                            jobExecution);
                }
            } else if (existing.isEmpty()) {
                RecheckFinding f = new RecheckFinding(c, checkDate, r.reasons(), r.certificateLevel(), jobExecution);
                findings.store(f);
                audited(AuditAction.CREATE, f, "年度核查：发现依据变化 ", null, snapshot(f), jobExecution);
                open++;
            } else if (existing.get().isOpen()) {
                Map<String, Object> before = snapshot(existing.get());
                existing.get().revise(r.reasons(), r.certificateLevel(), jobExecution);
                audited(AuditAction.UPDATE, existing.get(), "年度核查：更新核查发现 ", before, snapshot(existing.get()),
                        jobExecution);
                open++;
            }
        }
        return open;
    }

    /**
     * Each finding the job writes, revises or withdraws is audited in its own right, under the batch
     * runtime's principal, with the job execution that did it (the execution's start is audited with the
     * member of staff who asked for it).
     */
    private void audited(AuditAction action, RecheckFinding f, String summary, Map<String, Object> before,
                         Map<String, Object> after, Long jobExecution) {
        Map<String, Object> what = after == null ? new LinkedHashMap<>() : new LinkedHashMap<>(after);
        what.put("jobExecution", jobExecution);
        audit.record(Roles.BATCH_PRINCIPAL, action, "RecheckFinding", f.id(), f.division().value(),
                summary + f.subsidyCase().caseNumber() + " " + f.checkDate(), before, what);
    }

    /** What an investigator needs of a finding: its case, date, reasons and levels; no personal data. */
    private static Map<String, Object> snapshot(RecheckFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", f.subsidyCase().id());
        m.put("checkDate", f.checkDate().toString());
        m.put("status", f.status().name());
        m.put("reasons", f.reasons().stream().map(RecheckReason::key).toList());
        m.put("caseLevel", f.caseLevel() == null ? null : f.caseLevel().name());
        m.put("certificateLevel", f.certificateLevel() == null ? null : f.certificateLevel().name());
        return m;
    }

    /** The start of a run: a re-run of the same date replaces that date's open findings in the division. */
    public int clearOpenFindings(DivisionCode division, LocalDate checkDate) {
        int removed = findings.removeOpen(division, checkDate);
        if (removed > 0) {
            audit.record(Roles.BATCH_PRINCIPAL, AuditAction.DELETE, "RecheckFinding", division.value() + "/" + checkDate,
                    division.value(), "年度核查重新运行：撤销 " + checkDate + " 的未处理核查发现 " + removed + " 条", null,
                    Map.of("division", division.value(), "checkDate", checkDate.toString(), "removed", removed));
        }
        return removed;
    }

    private SubsidyCase subsidyCase(long caseId) {
        return cases.find(caseId).filter(SubsidyCase.class::isInstance).map(SubsidyCase.class::cast)
                .orElseThrow(() -> new NotFoundException("case", "case.notFound"));
    }
}
